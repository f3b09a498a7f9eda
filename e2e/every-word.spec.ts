import { expect, test } from '@playwright/test';
import { EVERY_PAGE, openStop, visitEach, type Lang } from './page-walk';
import { knownData, readableText, untranslated } from './untranslated-text';

test.setTimeout(240_000);

/**
 * A guest who looked at a lamp, walked into the 3D store and asked for help from there: the
 * advisor's queue then lists who they are, where they asked from and their recent steps.
 */
async function guestAsksForHelp(page: import('@playwright/test').Page) {
  const { token } = (await (await page.request.post('/api/auth/guest')).json()) as { token: string };
  const h = { Authorization: `Bearer ${token}` };
  await page.request.put('/api/customers/me/consent', { headers: h, data: { analytics: true } });
  await page.request.post('/api/events', { headers: h, data: { type: 'product.viewed', data: { productId: 'lamp-bulle' } } });
  const r = await page.request.post('/api/help/requests', { headers: h, data: { page: '/store', productId: 'lamp-bulle' } });
  expect(r.ok()).toBe(true);
}

for (const lang of ['fr', 'en'] as Lang[]) {
  test(`every page reads in ${lang === 'fr' ? 'French' : 'English'} only: no foreign word, raw key or raw id`, async ({ browser }) => {
    const found = await visitEach(
      browser,
      EVERY_PAGE,
      lang,
      { viewport: { width: 1000, height: 800 } },
      async (page, stop) => {
        if (stop.path === '/advisor') await expect(page.getByTestId('queue-item').first()).toBeVisible();
        if (stop.path === '/pos') {
          // A code nobody showed: the clerk reads why in their language, not the server's words.
          await page.getByTestId('till-code').fill('ZZZZZZ');
          await page.getByTestId('till-open').click();
          await expect(page.getByRole('alert').first()).toBeVisible();
        }
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        return untranslated(await readableText(page), lang, await knownData(page));
      },
      async (page, stop) => {
        if (stop.path === '/advisor') await guestAsksForHelp(page);
      },
    );
    expect(found).toEqual([]);
  });
}

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
