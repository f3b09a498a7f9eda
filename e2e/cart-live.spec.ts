import { enterCard } from './shop-helpers';
import { setStoreStock } from './store-stock';
import { expect, test } from '@playwright/test';

test('a change on one device shows on the other within a second, for the same customer signed in by QR link', async ({ browser }, info) => {
  const desktop = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'en-GB' });
  const phone = await browser.newContext({ viewport: { width: 400, height: 700 }, locale: 'fr-FR', isMobile: true, hasTouch: true });
  const a = await desktop.newPage();
  const b = await phone.newPage();

  // Desktop: the product page offers a QR code that signs the phone in as the same customer.
  await a.goto('/p/sofa-lund-2');
  await a.getByTestId('ar-qr-make').click();
  const img = a.getByTestId('ar-qr-image');
  await expect(img).toBeVisible();
  const url = await img.getAttribute('alt');
  expect(url).toMatch(/\/p\/sofa-lund-2\?ar=1&link=[A-Z0-9]{6}$/);
  await a.screenshot({ path: info.outputPath('1-desktop-qr.png') });

  await b.goto(url!.replace(/^https?:\/\/[^/]+/, ''));
  await expect(b.getByTestId('ar-section')).toHaveClass(/ar--highlight/);
  await expect(b).not.toHaveURL(/link=/);
  // The session is written to storage once the link is redeemed, which may come a moment after the URL is cleaned.
  const userId = (p: typeof a) => p.evaluate(() => JSON.parse(localStorage.getItem('vitrine.session') ?? 'null')?.user?.id ?? null);
  const desktopUser = await userId(a);
  expect(desktopUser).toBeTruthy();
  await expect.poll(() => userId(b)).toBe(desktopUser);

  // Phone watches its cart; the desktop adds a sofa.
  await b.goto('/cart');
  await expect(b.getByTestId('cart-live')).toHaveText(/synchronisé/);
  await expect(b.getByText('Votre panier est vide.')).toBeVisible();
  const added = a.waitForResponse((r) => r.url().includes('/commands') && r.status() === 200);
  await a.getByTestId('add-to-cart').click();
  await added;
  const t0 = Date.now();
  await expect(b.getByTestId('cart-line')).toHaveCount(1, { timeout: 5_000 });
  const latency = Date.now() - t0;
  expect(latency, 'the phone shows the desktop change within a second').toBeLessThan(1000);
  await expect(b.getByTestId('cart-line')).toContainText('Canapé 2 places Lund');
  await b.screenshot({ path: info.outputPath('2-phone-sees-desktop-add.png') });

  // And the other way round: the phone raises the quantity, the desktop header follows.
  await b.getByRole('button', { name: /\+1$/ }).click();
  await expect(a.getByTestId('cart-count')).toHaveText('2', { timeout: 1_000 });
  await a.getByTestId('cart-link').click();
  await expect(a.getByTestId('cart-line')).toHaveCount(1);
  await expect(a.getByTestId('line-qty').locator('input')).toHaveValue('2');
  await a.screenshot({ path: info.outputPath('3-desktop-sees-phone-change.png') });

  // Paying on the desktop closes the cart everywhere: the phone moves on to the new, empty cart.
  await enterCard(a);
  await a.getByTestId('checkout').click();
  await expect(a.getByTestId('order-confirmation')).toBeVisible();
  await expect(b.getByText('Votre panier est vide.')).toBeVisible({ timeout: 3_000 });
  await a.screenshot({ path: info.outputPath('4-order-confirmation.png') });
  await desktop.close();
  await phone.close();
});

test('checkout explains which lines are short and offers to fix them', async ({ page, request }, info) => {
  // Paris keeps three lamps, whatever earlier specs sold there: the whole stock goes in the cart,
  // then another customer buys one of them.
  const locationId = 'store-paris';
  const available = 3;
  await setStoreStock(request, locationId, { 'lamp-phare': available });
  await page.goto('/p/lamp-phare');
  await page.getByTestId(`fulfilment-${locationId}`).check();
  await page.getByTestId('product-qty').locator('input').fill(String(available));
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-count')).toHaveText(String(available));
  const otherCheckout = await page.evaluate(async (loc) => {
    const { token } = await (await fetch('/api/auth/guest', { method: 'POST' })).json();
    const h = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const cart = await (await fetch('/api/carts', { method: 'POST', headers: h })).json();
    await fetch(`/api/carts/${cart.id}/commands`, { method: 'POST', headers: h, body: JSON.stringify({ commands: [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'pickup', locationId: loc } }] }) });
    return (await fetch(`/api/carts/${cart.id}/checkout`, { method: 'POST', headers: { ...h, 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ payment: { method: 'card' } }) })).status;
  }, locationId);
  expect(otherCheckout, 'the other customer bought one').toBe(201);
  await page.goto('/cart');
  // The delivery quote already says the pickup is short; once it is in, the summary stops changing under the click.
  await expect(page.getByTestId('delivery-problem')).toContainText('Quantité indisponible');
  await enterCard(page);
  await page.getByTestId('checkout').click();
  await expect(page.getByTestId('checkout-error')).toContainText('Stock insuffisant');
  const fix = page.getByRole('button', { name: `Ramener à ${available - 1}` });
  await expect(fix).toBeVisible();
  await page.screenshot({ path: info.outputPath('short-lines.png') });
  // A slow answer to the fix: paying straight away must still pay for the fixed cart.
  await page.route('**/api/carts/*/commands', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await fix.click();
  await page.getByTestId('checkout').click();
  await expect(page.getByTestId('pickup-code')).toHaveText(/^\w{4,}$/);
});
