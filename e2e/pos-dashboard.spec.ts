import { expect, test } from '@playwright/test';
import { newStaff } from './new-staff';
import { signIn } from './shop-helpers';
import { setStoreStock } from './store-stock';

test('the admin dashboard draws per-channel and per-store charts from live figures', async ({ page, request }, info) => {
  // Something to count: an AR view followed by an add, and a pickup order waiting in Bordeaux
  // (which keeps the armchair, whatever earlier specs sold there).
  await setStoreStock(request, 'store-bordeaux', { 'armchair-lisa': 1 });
  await page.goto('/');
  const answers = await page.evaluate(async () => {
    const { token } = await (await fetch('/api/auth/guest', { method: 'POST' })).json();
    const h = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    // AR views are journey analytics: this customer consented.
    const consent = await fetch('/api/customers/me/consent', { method: 'PUT', headers: h, body: JSON.stringify({ analytics: true }) });
    const viewed = await fetch('/api/events', { method: 'POST', headers: { ...h, 'X-Channel': 'ar' }, body: JSON.stringify({ type: 'product.viewed_in_ar', data: { productId: 'armchair-lisa' } }) });
    const cart = await (await fetch('/api/carts', { method: 'POST', headers: h })).json();
    const added = await fetch(`/api/carts/${cart.id}/commands`, { method: 'POST', headers: { ...h, 'X-Channel': 'ar' }, body: JSON.stringify({ commands: [{ type: 'addLine', productId: 'armchair-lisa', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-bordeaux' } }] }) });
    const placed = await fetch(`/api/carts/${cart.id}/checkout`, { method: 'POST', headers: { ...h, 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ payment: { method: 'card' } }) });
    return { consent: consent.ok, viewed: viewed.ok, added: added.status, placed: placed.status };
  });
  expect(answers).toEqual({ consent: true, viewed: true, added: 200, placed: 201 });
  await page.goto('/dashboard');
  await signIn(page, 'admin@vitrine.demo');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('kpi-orders')).not.toContainText(/^Commandes0$/);
  await expect(page.getByTestId('chart').first().locator('.ct-bar').first()).toBeAttached();
  expect(await page.getByTestId('chart').count()).toBeGreaterThanOrEqual(5);
  // Orders are named by their number, as on every other screen.
  await expect(page.getByTestId('dash-recent-order').first()).toContainText(/VT-\d{6}/);
  await expect(page.getByTestId('dash-ar')).toContainText(/vue AR : [1-9]\d* sur \d+/);
  await expect(page.locator('[data-testid="dash-stores"] tr[data-store="store-bordeaux"]')).toBeVisible();
  await page.screenshot({ path: info.outputPath('dashboard.png'), fullPage: true });
});

test('the dashboard is refused to a clerk', async ({ page, request }) => {
  const clerk = await newStaff(request, 'clerk', 'Léa Dashboard', 'store-lyon');
  await page.goto('/dashboard');
  await signIn(page, clerk.email, clerk.password);
  // Signed in (the gate says whose account this is not), and still no dashboard.
  await expect(page.getByRole('alert')).toContainText('pas un compte administrateur');
  await expect(page.getByTestId('dashboard')).toHaveCount(0);
  expect((await page.request.get('/api/dashboard', { headers: { Authorization: `Bearer ${await page.evaluate(() => JSON.parse(localStorage.getItem('vitrine.session') ?? '{}').token)}` } })).status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
});
