import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EVERY_PAGE_AND_SIGN_IN, openStop, visitEach } from './page-walk';

test.setTimeout(300_000);

/** What axe-core reports at these levels blocks a customer or a clerk: the law's threshold for a shop. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Every page, customer and staff, signed in or not, on a laptop and on a phone: no serious or
 * critical axe-core violation (WCAG 2.1 A and AA rules, colour contrast included).
 */
for (const viewport of [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`every page passes axe-core with no serious or critical violation (${viewport.name})`, async ({ browser }, info) => {
    const found = await visitEach(browser, EVERY_PAGE_AND_SIGN_IN, 'fr', { viewport }, async (page, stop) => {
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // The 3D canvas is described by its own label; its pixels are not text.
        .exclude('canvas')
        .analyze();
      const blocking = violations
        .filter((x) => BLOCKING.has(x.impact ?? ''))
        .map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      if (blocking.length > 0) await page.screenshot({ path: info.outputPath(`${stop.path.replaceAll('/', '_') || 'home'}-${viewport.name}.png`) });
      return blocking;
    });
    expect(found).toEqual([]);
  });
}

test('the check finds a real violation: an unlabelled button and grey on grey text', async ({ page }) => {
  await openStop(page, EVERY_PAGE_AND_SIGN_IN[0]!, 'fr');
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.innerHTML = '<svg width="10" height="10"></svg>';
    const p = document.createElement('p');
    p.textContent = 'Livraison offerte';
    p.style.cssText = 'color:#bbb;background:#ccc';
    document.querySelector('main')?.append(b, p);
  });
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  const ids = violations.filter((v) => BLOCKING.has(v.impact ?? '')).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
});
