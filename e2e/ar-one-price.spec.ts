import { expect, test, type Page } from '@playwright/test';

// The AR overlay shows the shared pricing's unit price too: the Bulle lamp is on promotion in the seed data (15 % off lamps).
const LAMP = 'lamp-bulle';

/** Presses and releases the emulated right controller's trigger across a few XR frames. */
async function pull(page: Page) {
  await page.evaluate(async () => {
    const s = (window as any).__xrStore;
    const remote = s.getState().emulator.remote;
    await remote.dispatch('set_select_value', { device: 'controller-right', value: 1 });
    for (let i = 0; i < 2; i++) await s.requestFrame();
    await remote.dispatch('set_select_value', { device: 'controller-right', value: 0 });
    for (let i = 0; i < 2; i++) await s.requestFrame();
  });
}

test.setTimeout(120_000);

test('the AR overlay shows the same unit price as the product page for a product on promotion', async ({ page }, info) => {
  await page.goto(`/p/${LAMP}`);
  const productPage = Number(await page.locator('main [data-testid="price"]').first().getAttribute('data-amount'));
  expect(productPage, 'the lamp is on promotion').toBe(5865);

  await page.getByTestId('ar-enter').click();
  await page.waitForFunction(() => (window as any).__xrStore?.getState().session, null, { timeout: 30_000 });
  await expect(page.getByTestId('ar-overlay')).toBeVisible();
  for (const target of [{ x: 0, y: 0, z: -1.8 }, { x: 0.6, y: 0.4, z: -1.4 }, { x: -0.6, y: 0.4, z: -1.4 }]) {
    await page.evaluate((t) => (window as any).__xrStore.getState().emulator.remote.dispatch('look_at', { device: 'headset', target: t }), target);
    if (await page.locator('[data-testid=ar-prompt][data-surface=true]').isVisible({ timeout: 5_000 }).catch(() => false)) break;
  }
  await expect(page.locator('[data-testid=ar-prompt][data-surface=true]')).toBeVisible({ timeout: 15_000 });
  await pull(page);
  const card = page.getByTestId('ar-card');
  await expect(card).toHaveAttribute('data-product-id', LAMP, { timeout: 15_000 });
  await expect(card.getByTestId('price')).toHaveAttribute('data-amount', String(productPage));
  await expect(card.locator('.price__was')).toHaveText(/69,00/);
  await page.screenshot({ path: info.outputPath('ar-price.png') });
});
