import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from './axe-findings';
import { overflowing, PHONE } from './phone-fit';

/** The unit prices the grid's cards show, in the order they are shown. */
const shownPrices = (page: Page) =>
  page.getByTestId('product-card').locator('[data-testid="price"]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-amount'))));

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);
const descending = (xs: number[]) => [...xs].sort((a, b) => b - a);

test('the catalogue sorts by the price shown, keeps the order in the address with the filters, and fits a phone', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  const first = await shownPrices(page);
  expect(first.length, 'several products to sort').toBeGreaterThan(3);
  expect(first, 'the default order is not already by price').not.toEqual(ascending(first));

  const sort = page.getByLabel('Trier par');
  await sort.selectOption({ label: 'Prix croissant' });
  await expect(page).toHaveURL(/[?&]sort=price_asc\b/);
  await expect.poll(() => shownPrices(page)).toEqual(ascending(first));
  await page.screenshot({ path: info.outputPath('1-ascending.png') });

  await sort.selectOption({ label: 'Prix décroissant' });
  await expect(page).toHaveURL(/[?&]sort=price_desc\b/);
  await expect.poll(() => shownPrices(page)).toEqual(descending(first));

  // A category and a search word keep the order, and the order keeps them.
  await page.getByRole('group', { name: 'Catégories' }).getByRole('button', { name: 'Luminaires' }).click();
  await expect(page).toHaveURL(/category=lighting/);
  await expect(page).toHaveURL(/sort=price_desc/);
  await expect.poll(async () => (await shownPrices(page)).length).toBeLessThan(first.length);
  const lamps = await shownPrices(page);
  expect(lamps).toEqual(descending(lamps));
  await page.locator('#site-search').fill('lampe');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/q=lampe/);
  await expect(page).toHaveURL(/sort=price_desc/);
  await expect(page).toHaveURL(/category=lighting/);
  await expect(sort).toHaveValue('price_desc');
  await sort.selectOption({ label: 'Prix croissant' });
  await expect(page).toHaveURL(/q=lampe/);
  await expect.poll(async () => {
    const xs = await shownPrices(page);
    return xs.length > 1 && xs.join() === ascending(xs).join();
  }).toBe(true);

  // The address alone brings the order back.
  await page.reload();
  await expect(page.getByLabel('Trier par')).toHaveValue('price_asc');

  // Back to the best match: the parameter leaves the address.
  await page.getByLabel('Trier par').selectOption({ label: 'Pertinence' });
  await expect(page).not.toHaveURL(/sort=/);

  await page.setViewportSize(PHONE);
  await page.goto('/?sort=price_desc');
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  expect(await overflowing(page, PHONE.width)).toEqual([]);
  expect(await blockingViolations(page, 'main')).toEqual([]);
  await page.screenshot({ path: info.outputPath('2-phone.png') });

  // In English too.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByLabel('Sort by')).toHaveValue('price_desc');
  await expect(page.getByLabel('Sort by').locator('option')).toHaveText(['Relevance', 'Price, low to high', 'Price, high to low']);
});
