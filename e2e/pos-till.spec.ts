import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, } from '@playwright/test';
import { availableAt, signIn } from './shop-helpers';
import { newCustomer } from './new-customer';
import { newStaff } from './new-staff';
import { setStoreStock } from './store-stock';
import { CHROMIUM_PATH } from './chromium-flags';
import { writeQrVideo } from './pos-fake-camera';


test('the customer shows a code at the till; the clerk changes the cart and the phone follows; paid on the terminal', async ({ browser, request }, info) => {
  test.setTimeout(90_000);
  const product = 'print-calanques';
  // The Paris shelf holds a few prints, whatever earlier specs sold there.
  await setStoreStock(request, 'store-paris', { [product]: 4 });
  const phoneCtx = await browser.newContext({ viewport: { width: 390, height: 760 }, locale: 'fr-FR', isMobile: true, hasTouch: true });
  const tillCtx = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const phone = await phoneCtx.newPage();
  const till = await tillCtx.newPage();

  // On the phone: a new customer signs in, has a print in her cart, and shows her till code.
  const customer = await newCustomer(phone.request, 'Romane Till');
  await phone.goto('/account');
  await signIn(phone, customer.email, customer.password);
  await expect(phone.getByRole('heading', { name: /Romane/ })).toBeVisible();
  await phone.goto(`/p/${product}`);
  await phone.getByTestId('add-to-cart').click();
  await expect(phone.getByTestId('cart-count')).toHaveText('1');
  const before = await availableAt(phone, product, 'store-paris');
  await phone.goto('/account');
  await phone.getByTestId('handoff-show').click();
  const code = (await phone.getByTestId('handoff-code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
  const live = phone.getByTestId('handoff-cart');
  await expect(live).toContainText('1 article,');
  await phone.getByTestId('till-handoff').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: info.outputPath('1-phone-shows-code.png') });

  // At the Paris till: the clerk types the code and sees her cart, and her journey.
  const clerk = await newStaff(request, 'clerk', 'Nathan Till', 'store-paris');
  await till.goto('/pos');
  await signIn(till, clerk.email, clerk.password);
  await till.getByTestId('till-code').fill(code.toLowerCase());
  await till.getByTestId('till-open').click();
  await expect(till.getByTestId('till-customer')).toHaveText(customer.name);
  const line = till.locator(`[data-testid="till-line"][data-product="${product}"]`);
  await expect(line).toHaveAttribute('data-qty', '1');
  await expect(till.getByTestId('till-live')).toContainText('En direct');
  await expect(till.getByTestId('customer-timeline')).toContainText('Panier ouvert par');

  // The clerk adds a second print and hands both over now; the phone follows each change.
  const v0 = Number(await live.getAttribute('data-version'));
  await line.getByTestId('till-line-qty').getByRole('button', { name: /\+1$/ }).click();
  await expect(line).toHaveAttribute('data-qty', '2');
  await expect(live).toContainText('2 articles,');
  await line.locator('button[data-mode="take_now"]').click();
  await expect(line).toHaveAttribute('data-mode', 'take_now');
  await expect(live).toHaveAttribute('data-version', String(v0 + 2));
  const total = (await till.getByTestId('till-total').textContent())!.trim();
  await expect(live).toContainText(total);
  await phone.screenshot({ path: info.outputPath('2-phone-follows-the-till.png') });
  await till.screenshot({ path: info.outputPath('3-till-cart.png'), fullPage: true });

  // Her cart page says so too: taken now at the Paris till, which only the clerk may choose (no menu to change it).
  const cartPage = await phoneCtx.newPage();
  await cartPage.goto('/cart');
  const cartLine = cartPage.locator(`[data-testid="cart-line"][data-product-id="${product}"]`);
  await expect(cartLine.getByTestId('line-fulfilment-now')).toHaveText('À emporter maintenant à la caisse de Paris Marais');
  await expect(cartLine.getByTestId('line-fulfilment')).toHaveCount(0);
  await cartPage.screenshot({ path: info.outputPath('3b-phone-cart-take-now.png'), fullPage: true });
  await cartPage.close();

  // The terminal declines the test card: nothing is charged or reserved; the approval card goes through.
  await till.getByLabel('Carte test refusée (…0002)').check();
  await till.getByTestId('till-pay').click();
  await expect(till.getByTestId('terminal-declined')).toContainText('carte refusée');
  expect(await availableAt(till, product, 'store-paris')).toBe(before);
  await till.screenshot({ path: info.outputPath('4-terminal-declined.png') });
  await till.getByLabel('Carte test acceptée (…4242)').check();
  await till.getByTestId('till-pay').click();
  const receipt = till.getByTestId('till-receipt');
  await expect(receipt).toHaveAttribute('data-status', 'picked_up');
  await expect(till.getByTestId('terminal-approved')).toContainText(total);
  await till.screenshot({ path: info.outputPath('5-till-receipt.png') });

  // Both prints left the Paris shelf at once; the phone shows the completed order, live.
  expect(await availableAt(till, product, 'store-paris')).toBe(before - 2);
  const order = phone.getByTestId('order-card').first();
  await expect(order).toHaveAttribute('data-status', 'picked_up');
  await expect(order).toContainText('remis en caisse');
  await expect(phone.getByTestId('handoff-show')).toBeDisabled();
  await phone.screenshot({ path: info.outputPath('6-phone-order-collected.png') });
  await phoneCtx.close();
  await tillCtx.close();
});

test('the till opens a cart by scanning the QR code on the customer\'s phone with its camera', async ({ playwright, baseURL }, info) => {
  test.setTimeout(60_000);
  // The customer's side, through the API: a cart with a lamp and a fresh handoff code (its QR holds /pos?code=...).
  const api = await playwright.request.newContext({ baseURL });
  const { token } = await (await api.post('/api/auth/guest')).json();
  const auth = { Authorization: `Bearer ${token}` };
  const cart = await (await api.post('/api/carts', { headers: auth })).json();
  await api.post(`/api/carts/${cart.id}/commands`, { headers: auth, data: { commands: [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }] } });
  const handoff = await (await api.post(`/api/carts/${cart.id}/handoff`, { headers: auth })).json();
  expect(handoff.url).toMatch(/\/pos\?code=/);

  // The till's camera sees that QR code (Chromium's fake camera plays a video of it).
  const video = path.join(os.tmpdir(), `vitrine-qr-${process.pid}.y4m`);
  writeQrVideo(video, handoff.url);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  const ctx = await browser.newContext({ baseURL, viewport: { width: 800, height: 600 }, locale: 'fr-FR', permissions: ['camera'] });
  const till = await ctx.newPage();
  const clerk = await newStaff(api, 'clerk', 'Jade Till', 'store-bordeaux');
  await till.goto('/pos');
  await signIn(till, clerk.email, clerk.password);
  await till.getByTestId('till-scan').click();
  await expect(till.getByTestId('qr-scanner')).toBeVisible();
  await till.screenshot({ path: info.outputPath('1-scanning.png') });
  await expect(till.getByTestId('till-cart')).toBeVisible({ timeout: 20_000 });
  await expect(till.locator('[data-testid="till-line"][data-product="lamp-bulle"]')).toBeVisible();
  await till.screenshot({ path: info.outputPath('2-cart-opened-by-qr.png') });
  await browser.close();
  await api.dispose();
});

test('a ?code= link (the QR code\'s URL) opens the cart as soon as the clerk is signed in', async ({ page, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const { token } = await (await api.post('/api/auth/guest')).json();
  const auth = { Authorization: `Bearer ${token}` };
  const cart = await (await api.post('/api/carts', { headers: auth })).json();
  await api.post(`/api/carts/${cart.id}/commands`, { headers: auth, data: { commands: [{ type: 'addLine', productId: 'shelf-flotte', qty: 1, fulfilment: { type: 'ship' } }] } });
  const { code } = await (await api.post(`/api/carts/${cart.id}/handoff`, { headers: auth })).json();
  const clerk = await newStaff(api, 'clerk', 'Léa Till', 'store-lyon');
  await page.goto(`/pos?code=${code}`);
  await signIn(page, clerk.email, clerk.password);
  await expect(page.locator('[data-testid="till-line"][data-product="shelf-flotte"]')).toBeVisible();
  await expect(page).not.toHaveURL(/code=/);
  await api.dispose();
});
