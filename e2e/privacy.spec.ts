import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminAuth } from './admin-auth';

const PASSWORD = 'une commode en noyer ciré';

async function timelineTypes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const { items } = await (await fetch('/api/customers/me/timeline', { headers: { Authorization: `Bearer ${token}` } })).json();
    return (items as { type: string; data: { productId?: string } }[]).map((e) => `${e.type}:${e.data.productId ?? ''}`);
  });
}

/** A new account, signed up and verified through the outbox as a customer would through their mail. */
async function signUp(api: APIRequestContext, email: string): Promise<{ token: string; user: { id: string } }> {
  expect((await api.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Alix Effacée', language: 'fr' } })).status()).toBe(202);
  const outbox = (await (await api.get(`/api/admin/outbox?to=${encodeURIComponent(email)}`, { headers: await adminAuth(api) })).json()) as { items: { text: string }[] };
  const token = /#token=([A-Za-z0-9_-]{43})/.exec(outbox.items[0]?.text ?? '')![1];
  const v = await api.post('/api/auth/verify-email', { data: { token } });
  expect(v.status()).toBe(200);
  return v.json();
}

test('the banner asks first, refusing records no view, accepting later on the privacy page does', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('vitrine.consent-banner-in-tests', '1'));
  await page.goto('/p/lamp-bulle');
  const banner = page.getByTestId('consent-banner');
  await expect(banner).toBeVisible();
  // Refusing is as easy as accepting: two buttons side by side, same look.
  const refuse = banner.getByRole('button', { name: 'Refuser' });
  const accept = banner.getByRole('button', { name: 'Accepter' });
  await expect(refuse).toBeVisible();
  await expect(accept).toBeVisible();
  expect(await refuse.getAttribute('class')).toBe(await accept.getAttribute('class'));
  await refuse.click();
  await expect(banner).toBeHidden();
  await page.waitForFunction(() => localStorage.getItem('vitrine.session'));

  // A visit to another product, and even a view posted straight to the server: nothing kept.
  await page.goto('/p/vase-bulle-verre');
  await expect(page.getByTestId('product-page')).toBeVisible();
  await expect(page.getByTestId('consent-banner')).toBeHidden();
  const posted = await page.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const r = await fetch('/api/events', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Channel': 'ar' }, body: JSON.stringify({ type: 'product.viewed_in_ar', data: { productId: 'vase-bulle-verre' } }) });
    return r.status;
  });
  expect(posted).toBe(202);
  expect((await timelineTypes(page)).filter((e) => e.startsWith('product.'))).toEqual([]);

  // The footer leads to the privacy page, where the choice changes.
  await page.getByTestId('footer-privacy').click();
  await expect(page.getByTestId('privacy-page')).toBeVisible();
  await expect(page.getByTestId('consent-state')).toHaveText(/refusé/);
  await page.getByTestId('privacy-accept').click();
  await expect(page.getByTestId('consent-state')).toHaveText(/accepté/);
  await page.goto('/p/armchair-lisa');
  await expect(page.getByTestId('product-page')).toBeVisible();
  await expect.poll(() => timelineTypes(page)).toContain('product.viewed:armchair-lisa');
});

test('a customer downloads their data with their orders, deletes the account, and cannot sign in again', async ({ page }) => {
  const email = `alix-${Date.now()}@example.com`;
  const session = await signUp(page.request, email);
  const h = { Authorization: `Bearer ${session.token}` };
  const cart = (await (await page.request.post('/api/carts', { headers: h })).json()) as { id: string };
  expect((await page.request.post(`/api/carts/${cart.id}/commands`, { headers: h, data: { commands: [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'ship' } }] } })).ok()).toBe(true);
  const order = await page.request.post(`/api/carts/${cart.id}/checkout`, {
    headers: { ...h, 'Idempotency-Key': crypto.randomUUID() },
    data: { payment: { method: 'in_store' }, contact: { email }, shippingAddress: { name: 'Alix Effacée', line1: '8 quai Saint-Vincent', postcode: '69001', city: 'Lyon', country: 'FR' } },
  });
  expect(order.status()).toBe(201);
  const placed = (await order.json()) as { id: string; number: string };

  await page.addInitScript((s) => localStorage.setItem('vitrine.session', s), JSON.stringify(session));
  await page.goto('/account');
  await expect(page.getByTestId('privacy-actions')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-data').click()]);
  const data = JSON.parse(await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'))) as { orders: { number: string }[]; users: { email: string }[] };
  expect(data.orders.map((o) => o.number)).toEqual([placed.number]);
  expect(data.users.map((u) => u.email)).toEqual([email]);

  // Still to ship: refused, and said so.
  await page.getByTestId('delete-account').click();
  await page.getByTestId('erase-password').fill(PASSWORD);
  await page.getByTestId('erase-confirm').click();
  await expect(page.getByTestId('privacy-problem')).toContainText('commandes');

  expect((await page.request.post(`/api/orders/${placed.id}/status`, { headers: await adminAuth(page.request), data: { status: 'shipped' } })).ok()).toBe(true);
  await page.getByTestId('erase-confirm').click();
  await expect(page.getByTestId('erase-form')).toBeHidden();
  await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('vitrine.session') ?? '{}') as { user?: { guest?: boolean } }).user?.guest)).toBe(true);
  expect((await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } })).status()).toBe(401);
  expect((await page.request.get('/api/customers/me/timeline', { headers: h })).status()).toBe(401);
});

test('the banner asks on a first visit to the 3D store too, on a phone, under the store\'s controls and within reach of the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(() => localStorage.setItem('vitrine.consent-banner-in-tests', '1'));
  await page.goto('/store');
  await expect(page.getByTestId('store-page')).toBeVisible();
  const banner = page.getByTestId('consent-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner.getByRole('heading')).toHaveText('Mesure de votre parcours');
  // Nothing of the store's bar (leave, help, language, cart) is under it, and it fits the width.
  const box = (await banner.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  for (const control of [page.getByTestId('store-leave'), page.getByTestId('store-cart-toggle')]) {
    const c = (await control.boundingBox())!;
    expect(c.y + c.height <= box.y || c.y >= box.y + box.height).toBe(true);
  }
  await page.screenshot({ path: 'test-results/store-consent-banner-360.png' });
  // Reachable with the keyboard alone: Tab lands on its buttons.
  const refuse = banner.getByRole('button', { name: 'Refuser' });
  let focused = false;
  for (let i = 0; i < 20 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await refuse.evaluate((b) => b === document.activeElement);
  }
  expect(focused).toBe(true);
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('store-page')).toBeVisible();
  await expect(page.getByTestId('store-cart-toggle')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('consent-banner')).toBeHidden();
});
