import { expect, test, type APIRequestContext } from '@playwright/test';
import { authOf } from './account-auth';
import { deskOf } from './pickup-desk';
import { newCustomer, type NewCustomer } from './new-customer';
import { newStaff, type NewStaff } from './new-staff';
import { signIn } from './shop-helpers';
import { setStoreStock } from './store-stock';
import { adminAuth } from './admin-auth';

type Fulfilment = { type: 'pickup'; locationId: string };
type PlacedOrder = { id: string; totals: { total: { amount: number } }; payment: { status: string }; status: string; pickups: { storeId: string; code?: string; status: string; paid?: { amount: { amount: number } } }[] };

/**
 * A customer's order, placed through the API, to pay at the stores where it is collected. Each
 * store first counts one of each of its products, whatever earlier specs sold there.
 */
async function orderToCollect(request: APIRequestContext, lines: { productId: string; store: string }[]): Promise<{ order: PlacedOrder; auth: Record<string, string>; me: NewCustomer }> {
  for (const store of new Set(lines.map((l) => l.store))) {
    await setStoreStock(request, store, Object.fromEntries(lines.filter((l) => l.store === store).map((l) => [l.productId, 1])));
  }
  const me = await newCustomer(request, 'Léa Girard');
  const auth = await authOf(request, me.email, me.password);
  const cart = (await (await request.post('/api/carts', { headers: auth })).json()) as { id: string };
  const fulfilment = (store: string): Fulfilment => ({ type: 'pickup', locationId: store });
  const added = await request.post(`/api/carts/${cart.id}/commands`, { headers: auth, data: { commands: lines.map((l) => ({ type: 'addLine', productId: l.productId, qty: 1, fulfilment: fulfilment(l.store) })) } });
  expect(added.status(), await added.text()).toBe(200);
  const placed = await request.post(`/api/carts/${cart.id}/checkout`, { headers: { ...auth, 'Idempotency-Key': crypto.randomUUID() }, data: { payment: { method: 'in_store' }, contact: { email: me.email } } });
  expect(placed.status(), await placed.text()).toBe(201);
  return { order: (await placed.json()) as PlacedOrder, auth, me };
}

// Two chairs the shop gives away as a set for the Lyon store's opening (a bundle priced 0).
const GIFT = {
  id: 'e2e-desk-free-chairs', kind: 'bundle', label: { fr: 'Offertes pour l’ouverture', en: 'Free for the opening' },
  productIds: ['chair-mora', 'chair-arc'], price: { amount: 0, currency: 'EUR' },
};
const GIFT_LINES = GIFT.productIds.map((productId) => ({ productId, store: 'store-lyon' }));

test.describe('a pickup part the promotion makes free', () => {
  let admin: Record<string, string>;
  let lyonClerk: NewStaff;
  let parisClerk: NewStaff;
  test.beforeAll(async ({ request }) => {
    admin = await adminAuth(request);
    lyonClerk = await newStaff(request, 'clerk', 'Léa Desk', 'store-lyon');
    parisClerk = await newStaff(request, 'clerk', 'Nathan Desk', 'store-paris');
    const started = await request.post('/api/admin/promotions', { headers: admin, data: GIFT });
    expect(started.status(), await started.text()).toBe(201);
  });
  // The specs share one server: the gift must not price anyone else's chairs.
  test.afterAll(async ({ request }) => {
    expect((await request.delete(`/api/admin/promotions/${GIFT.id}`, { headers: admin })).status()).toBe(204);
  });

  test('the Lyon desk has nothing to collect and hands the free part over without the terminal; Paris still charges its own part', async ({ browser, request }, info) => {
    test.setTimeout(120_000);
    const { order, auth, me } = await orderToCollect(request, [...GIFT_LINES, { productId: 'table-lune-120', store: 'store-paris' }]);
    expect(order.payment.status).toBe('due_at_pickup');
    expect(order.totals.total.amount).toBeGreaterThan(0);
    const code = (store: string) => order.pickups.find((p) => p.storeId === store)!.code!;

    const lyon = await deskOf(browser, lyonClerk);
    const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
    await expect(atLyon.locator('.pickup-card__lines li')).toHaveCount(2);
    const amount = atLyon.getByTestId('desk-amount');
    await expect(amount).toHaveAttribute('data-due', 'false');
    await expect(amount).toHaveAttribute('data-amount', '0');
    await expect(atLyon.getByTestId('desk-nothing-due')).toHaveText('Rien à encaisser');
    await expect(amount).not.toContainText('À encaisser');
    await atLyon.getByTestId('desk-ready').click();
    await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
    await expect(atLyon.getByTestId('desk-nothing-due')).toHaveText('Rien à encaisser');
    await lyon.screenshot({ path: info.outputPath('1-lyon-nothing-to-collect.png') });

    // The clerk types the code and hands over: no card asked, no terminal error.
    await atLyon.getByTestId('desk-code').fill(code('store-lyon'));
    await atLyon.getByTestId('desk-hand-over').click();
    await expect(atLyon).toHaveAttribute('data-status', 'picked_up');
    await expect(atLyon.getByRole('alert')).toHaveCount(0);
    // Handed over, the card still says nothing was collected rather than "paid 0 €".
    await expect(atLyon.getByTestId('desk-nothing-due')).toHaveText('Rien à encaisser');
    await expect(atLyon.getByTestId('desk-amount')).not.toContainText('Payée');
    await lyon.screenshot({ path: info.outputPath('2-lyon-free-part-handed-over.png') });

    // Paris's desk still asks for its own part, which is the whole order's price.
    const paris = await deskOf(browser, parisClerk);
    const atParis = paris.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
    await expect(atParis.getByTestId('desk-amount')).toHaveAttribute('data-due', 'true');
    await expect(atParis.getByTestId('desk-amount')).toHaveAttribute('data-amount', String(order.totals.total.amount));
    await expect(atParis.getByTestId('desk-nothing-due')).toHaveCount(0);

    // Lyon's part reads settled with nothing; no till charge was made; the order still waits for Paris.
    const after = (await (await request.get(`/api/orders/${order.id}`, { headers: auth })).json()) as PlacedOrder;
    const lyonPart = after.pickups.find((p) => p.storeId === 'store-lyon')!;
    expect([lyonPart.status, lyonPart.paid?.amount.amount]).toEqual(['picked_up', 0]);
    expect(after.payment.status).toBe('due_at_pickup');
    const data = (await (await request.get('/api/customers/me/data', { headers: auth })).json()) as { till_payments: Record<string, unknown>[] };
    expect(data.till_payments.filter((p) => (p.orderId ?? p.order_id) === order.id)).toEqual([]);

    // The customer's order page says the same: nothing to pay in Lyon, Paris's part still to pay there.
    const account = await (await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'fr-FR' })).newPage();
    await account.goto('/account');
    await signIn(account, me.email, me.password);
    await expect(account.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    const mine = account.locator(`[data-testid="order-card"][data-order-id="${order.id}"]`);
    const part = (store: string) => mine.locator(`[data-testid="pickup-part"][data-store="${store}"]`).getByTestId('pickup-part-amount');
    await expect(part('store-lyon')).toHaveText('Rien à régler dans ce magasin');
    await expect(part('store-paris')).toContainText('À régler dans ce magasin');
    await mine.scrollIntoViewIfNeeded();
    await account.screenshot({ path: info.outputPath('4-account-nothing-to-pay-in-lyon.png'), fullPage: true });
  });

  test('an order that is free as a whole: the desk has nothing to collect and hands it over', async ({ browser, request }, info) => {
    test.setTimeout(90_000);
    const { order, auth } = await orderToCollect(request, GIFT_LINES);
    expect(order.totals.total.amount).toBe(0);

    const lyon = await deskOf(browser, lyonClerk);
    const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
    await expect(atLyon.getByTestId('desk-nothing-due')).toHaveText('Rien à encaisser');
    await expect(atLyon.getByTestId('desk-amount')).toHaveAttribute('data-due', 'false');
    await atLyon.getByTestId('desk-ready').click();
    await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
    await atLyon.getByTestId('desk-code').fill(order.pickups[0]!.code!);
    await atLyon.getByTestId('desk-hand-over').click();
    await expect(atLyon).toHaveAttribute('data-status', 'picked_up');
    await expect(atLyon.getByRole('alert')).toHaveCount(0);
    await expect(atLyon.getByTestId('desk-nothing-due')).toHaveText('Rien à encaisser');
    await lyon.screenshot({ path: info.outputPath('3-lyon-free-order-handed-over.png') });

    const after = (await (await request.get(`/api/orders/${order.id}`, { headers: auth })).json()) as PlacedOrder;
    expect(after.status).toBe('picked_up');
  });
});
