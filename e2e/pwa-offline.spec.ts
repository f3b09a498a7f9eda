import { expect, test, type Page } from '@playwright/test';

/** The cart as the server holds it, read with the page's own session. */
async function serverCart(page: Page) {
  return page.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const r = await fetch('/api/carts', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    return (await r.json()) as { version: number; lines: { productId: string; qty: number }[] };
  });
}

test.describe.configure({ timeout: 90_000 });

test('the installed storefront works offline and sends a queued cart change exactly once on reconnect', async ({ page, context }, info) => {
  // First visit online: the service worker installs, takes control, and keeps what the storefront reads.
  await page.goto('/');
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ name: 'Vitrine', display: 'standalone', start_url: '/' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  });
  // Under the worker's control, read the catalogue and a product once (that is what gets cached), and put a lamp in the cart.
  await page.reload();
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  await page.goto('/p/vase-amphore');
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.goto('/');
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  const before = await serverCart(page);

  // The network goes away, for the page and for its service worker.
  await context.setOffline(true);
  const probe = await page.evaluate(() => fetch('/api/products?q=offline-probe').then((r) => r.status, () => 'failed'));
  expect(probe, 'nothing reaches the server while offline').toBe('failed');

  // A cold start offline: the shell, the catalogue and the last cart come from the device.
  await page.reload();
  await expect(page.getByTestId('product-card').first()).toBeVisible();
  const cards = await page.getByTestId('product-card').count();
  expect(cards).toBeGreaterThan(10);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.screenshot({ path: info.outputPath('1-offline-catalogue.png') });

  // A change made offline is shown at once and queued.
  const amphora = page.getByTestId('product-card').filter({ has: page.locator('[href="/p/vase-amphore"]') }).first();
  await expect(amphora, 'the offline catalogue lists the amphora vase').toBeVisible();
  await amphora.click();
  await expect(page).toHaveURL(/\/p\/vase-amphore/);
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('offline-queued')).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await page.screenshot({ path: info.outputPath('2-offline-queued.png') });
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('vitrine.cartQueue') ?? '[]').length)).toBe(1);

  // Back online: the queue is sent, once, and the banner goes.
  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toBeHidden({ timeout: 15_000 });
  const after = await serverCart(page);
  expect(after.version).toBe(before.version + 1);
  expect(after.lines.find((l) => l.productId === 'vase-amphore')?.qty).toBe(2);
  await expect(page.getByTestId('cart-count')).toHaveText('2');
  await page.screenshot({ path: info.outputPath('3-back-online.png') });
});

test('a cart change whose answer is lost is replayed with its key and applied once', async ({ page, context }, info) => {
  await page.goto('/p/clock-gare');
  await expect(page.getByTestId('add-to-cart')).toBeEnabled();
  // As installed: the service worker controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  });
  // The first request reaches the server, but its answer never reaches the page. Routed on the
  // context: once the service worker controls the page, the request leaves from the worker.
  let lost = 0;
  await context.route('**/api/carts/*/commands', async (route) => {
    if (lost++ === 0) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByTestId('add-to-cart').click();
  // The page shows the change (queued) and replays it; the server answers the replay from its key.
  await expect.poll(() => lost, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('offline-banner')).toBeHidden({ timeout: 15_000 });
  const cart = await serverCart(page);
  expect(cart.lines.filter((l) => l.productId === 'clock-gare').map((l) => l.qty)).toEqual([1]);
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.screenshot({ path: info.outputPath('lost-answer-applied-once.png') });
});
