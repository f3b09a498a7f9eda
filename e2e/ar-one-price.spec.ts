import { expect, test } from '@playwright/test';
import { enterAr, findFloor, pull } from './ar-session';

// The AR overlay shows the shared pricing's unit price too: the Bulle lamp is on promotion in the seed data (15 % off lamps).
const LAMP = 'lamp-bulle';

test.setTimeout(120_000);

test('the AR overlay shows the same unit price as the product page for a product on promotion', async ({ page }, info) => {
  await page.goto(`/p/${LAMP}`);
  const productPage = Number(await page.locator('main [data-testid="price"]').first().getAttribute('data-amount'));
  expect(productPage, 'the lamp is on promotion').toBe(5865);

  await enterAr(page);
  await expect(page.getByTestId('ar-overlay')).toBeVisible();
  // A table lamp stands on any level surface: the floor ahead will do.
  await findFloor(page, { x: 0, y: 0, z: -1.8 });
  await pull(page);
  const card = page.getByTestId('ar-card');
  await expect(card).toHaveAttribute('data-product-id', LAMP, { timeout: 15_000 });
  await expect(card.getByTestId('price')).toHaveAttribute('data-amount', String(productPage));
  await expect(card.locator('.price__was')).toHaveText(/69,00/);
  await page.screenshot({ path: info.outputPath('ar-price.png') });
});
