import { expect, test } from '@playwright/test';
import { EVERY_PAGE, openStop } from './page-walk';
import { knownData, readableText, untranslated } from './untranslated-text';

// Every page reads in one language in the walk of every-page.spec.ts; this shows the check can fail.
test('the check finds a real slip: English on a French page, a raw key, a raw id', async ({ page }) => {
  await openStop(page, EVERY_PAGE[0]!, 'fr');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Add to cart · product.add · ord_c78de78e';
    document.querySelector('main')?.append(p);
  });
  const slips = untranslated(await readableText(page), 'fr', await knownData(page));
  expect(slips.join('\n')).toMatch(/Add to cart/);
  expect(slips.join('\n')).toMatch(/raw key product\.add/);
  expect(slips.join('\n')).toMatch(/raw id ord_c78de78e/);
});
