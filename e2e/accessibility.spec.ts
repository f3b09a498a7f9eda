import { expect, test } from '@playwright/test';
import { blockingViolations } from './axe-findings';
import { EVERY_PAGE, openStop } from './page-walk';

// Every page passes axe-core in the walk of every-page.spec.ts; this shows the check can fail.
test('the check finds a real violation: an unlabelled button and grey on grey text', async ({ page }) => {
  await openStop(page, EVERY_PAGE[0]!, 'fr');
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.innerHTML = '<svg width="10" height="10"></svg>';
    const p = document.createElement('p');
    p.textContent = 'Livraison offerte';
    p.style.cssText = 'color:#bbb;background:#ccc';
    document.querySelector('main')?.append(b, p);
  });
  const found = (await blockingViolations(page, 'main')).join('\n');
  expect(found).toMatch(/^button-name /m);
  expect(found).toMatch(/^color-contrast /m);
});
