import { expect, test, type Locator } from '@playwright/test';
import { authOf } from './account-auth';
import { deskOf } from './pickup-desk';
import { newCustomer } from './new-customer';
import { newStaff, type NewStaff } from './new-staff';
import { enterCard, signIn } from './shop-helpers';
import { setStoreStock } from './store-stock';

type PartOrder = { id: string; lines: { id: string; qty: number; unitPrice: { amount: number }; price?: { total: { amount: number } } }[]; pickups: { storeId: string; lineIds: string[]; code?: string; paid?: { amount: { amount: number } } }[]; totals: { total: { amount: number } } };

/** What each store's part costs, read from the order (its lines after promotions). */
function partAmounts(order: PartOrder): Record<string, number> {
  const value = new Map(order.lines.map((l) => [l.id, l.price?.total.amount ?? l.unitPrice.amount * l.qty]));
  return Object.fromEntries(order.pickups.map((p) => [p.storeId, p.lineIds.reduce((n, id) => n + (value.get(id) ?? 0), 0)]));
}

const euros = (minor: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(minor / 100);

/** The desk card's amount line: this store's part, as the till formats money (`1 299,00 €`). */
async function expectCardAmount(card: Locator, amount: number, due: boolean): Promise<void> {
  const line = card.getByTestId('desk-amount');
  await expect(line).toHaveAttribute('data-amount', String(amount));
  await expect(line).toHaveAttribute('data-due', String(due));
  await expect(line).toContainText(euros(amount));
}

// Each store's desk is worked by a clerk of that store, made for this file.
let lyonClerk: NewStaff;
let parisClerk: NewStaff;
test.beforeAll(async ({ request }) => {
  lyonClerk = await newStaff(request, 'clerk', 'Léa Pickup', 'store-lyon');
  parisClerk = await newStaff(request, 'clerk', 'Nathan Pickup', 'store-paris');
});

test('click and collect at two stores: each desk prepares and hands over its own part, the customer follows both', async ({ browser, request }, info) => {
  test.setTimeout(120_000);
  const shop = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const customer = await shop.newPage();

  // Camille picks a clock to collect in Paris and a lamp to collect in Lyon, and pays by card.
  await setStoreStock(request, 'store-paris', { 'clock-gare': 1 });
  await setStoreStock(request, 'store-lyon', { 'lamp-galet': 1 });
  const me = await newCustomer(request, 'Camille Martin');
  await customer.goto('/account');
  await signIn(customer, me.email, me.password);
  // Signed in before going on (a page left while the sign-in is still on its way stays a guest's).
  await expect(customer.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await expect(customer.getByTestId('customer-timeline')).toBeVisible();
  for (const [product, store] of [['clock-gare', 'store-paris'], ['lamp-galet', 'store-lyon']] as const) {
    await customer.goto(`/p/${product}`);
    await customer.getByTestId(`fulfilment-${store}`).check();
    await customer.getByTestId('add-to-cart').click();
  }
  await expect(customer.getByTestId('cart-count')).toHaveText('2');
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line')).toHaveCount(2);
  await enterCard(customer);
  await customer.getByTestId('checkout').click();
  await expect(customer.getByTestId('order-confirmation')).toBeVisible();
  const parts = customer.getByTestId('pickup-part');
  await expect(parts).toHaveCount(2);
  const parisCode = (await parts.and(customer.locator('[data-store="store-paris"]')).getByTestId('pickup-part-code').textContent())!.trim();
  const lyonCode = (await parts.and(customer.locator('[data-store="store-lyon"]')).getByTestId('pickup-part-code').textContent())!.trim();
  expect(parisCode).toMatch(/^\d{6}$/);
  expect(lyonCode).toMatch(/^\d{6}$/);
  expect(parisCode).not.toBe(lyonCode);
  await customer.screenshot({ path: info.outputPath('1-confirmation-two-codes.png'), fullPage: true });

  await customer.goto('/account');
  const card = customer.getByTestId('order-card').first();
  await expect(card).toHaveAttribute('data-status', 'placed');
  const orderId = (await card.getAttribute('data-order-id'))!;
  const part = (store: string) => card.locator(`[data-testid="pickup-part"][data-store="${store}"]`);

  // Lyon's desk sees only its part (one line), prepares it and hands it over against Lyon's code.
  const lyon = await deskOf(browser, lyonClerk);
  const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${orderId}"]`);
  await expect(atLyon).toHaveAttribute('data-status', 'placed');
  await expect(atLyon.locator('.pickup-card__lines li')).toHaveCount(1);
  // Paid by card beforehand: the card says paid, with what Lyon's part costs (not the order's total).
  const read = await request.get(`/api/orders/${orderId}`, { headers: await authOf(request, lyonClerk.email, lyonClerk.password) });
  expect(read.status()).toBe(200);
  const amounts = partAmounts((await read.json()) as PartOrder);
  await expectCardAmount(atLyon, amounts['store-lyon']!, false);
  await expect(atLyon.getByTestId('desk-amount')).toContainText('Payée');
  await atLyon.getByTestId('desk-ready').click();
  await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(part('store-lyon')).toHaveAttribute('data-status', 'ready_for_pickup');

  // Paris's desk: its own part still to prepare; Lyon's code opens nothing there.
  const paris = await deskOf(browser, parisClerk);
  const atParis = paris.locator(`[data-testid="pickup-card"][data-order-id="${orderId}"]`);
  await expect(atParis).toHaveAttribute('data-status', 'placed');
  await expect(atParis.locator('.pickup-card__lines li')).toHaveCount(1);
  await expectCardAmount(atParis, amounts['store-paris']!, false);
  await atParis.getByTestId('desk-ready').click();
  await expect(atParis).toHaveAttribute('data-status', 'ready_for_pickup');
  await atParis.getByTestId('desk-code').fill(lyonCode);
  await atParis.getByTestId('desk-hand-over').click();
  await expect(atParis.getByRole('alert')).toContainText('ne correspond pas');

  await atLyon.getByTestId('desk-code').fill(lyonCode);
  await atLyon.getByTestId('desk-hand-over').click();
  await expect(atLyon).toHaveAttribute('data-status', 'picked_up');
  await lyon.screenshot({ path: info.outputPath('2-lyon-desk-handed-over.png') });

  // The customer's open page follows each part: Lyon collected, Paris ready, the order still ready.
  await expect(part('store-lyon')).toHaveAttribute('data-status', 'picked_up');
  await expect(part('store-paris')).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(part('store-paris').getByTestId('pickup-part-code')).toHaveText(parisCode);
  await expect(card).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(customer.getByTestId('customer-timeline').locator('[data-type="order.pickup_changed"]').first()).toContainText('Lyon', { timeout: 15_000 });
  await customer.screenshot({ path: info.outputPath('3-account-one-part-collected.png'), fullPage: true });

  // Paris hands its part over with its own code: the whole order is collected.
  await atParis.getByTestId('desk-code').fill(parisCode);
  await atParis.getByTestId('desk-hand-over').click();
  await expect(atParis).toHaveAttribute('data-status', 'picked_up');
  await expect(part('store-paris')).toHaveAttribute('data-status', 'picked_up');
  await expect(card).toHaveAttribute('data-status', 'picked_up');
  await shop.close();
});

test('paid at pickup at two stores: each desk shows and charges its own part, the till records each part', async ({ browser, request }, info) => {
  test.setTimeout(120_000);
  // Camille orders a bar stool to collect in Paris and two wall lights in Lyon, to pay at the stores.
  await setStoreStock(request, 'store-paris', { 'stool-bar-haut': 1 });
  await setStoreStock(request, 'store-lyon', { 'sconce-halo': 2 });
  const me = await newCustomer(request, 'Camille Martin');
  const camille = await authOf(request, me.email, me.password);
  const cart = (await (await request.post('/api/carts', { headers: camille })).json()) as { id: string };
  const added = await request.post(`/api/carts/${cart.id}/commands`, { headers: camille, data: { commands: [
    { type: 'addLine', productId: 'stool-bar-haut', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } },
    { type: 'addLine', productId: 'sconce-halo', qty: 2, fulfilment: { type: 'pickup', locationId: 'store-lyon' } },
  ] } });
  expect(added.status(), await added.text()).toBe(200);
  const placed = await request.post(`/api/carts/${cart.id}/checkout`, { headers: { ...camille, 'Idempotency-Key': crypto.randomUUID() }, data: { payment: { method: 'in_store' }, contact: { email: me.email } } });
  expect(placed.status()).toBe(201);
  const order = (await placed.json()) as PartOrder;
  const amounts = partAmounts(order);
  expect(amounts['store-paris']! + amounts['store-lyon']!).toBe(order.totals.total.amount);
  const code = (store: string) => order.pickups.find((p) => p.storeId === store)!.code!;

  // Each desk's card says what to charge there: its own part, out of the order's total.
  const lyon = await deskOf(browser, lyonClerk);
  const paris = await deskOf(browser, parisClerk);
  const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
  const atParis = paris.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
  await expectCardAmount(atLyon, amounts['store-lyon']!, true);
  await expect(atLyon.getByTestId('desk-amount')).toContainText(`À encaisser ici : ${euros(amounts['store-lyon']!)} (commande de ${euros(order.totals.total.amount)})`);
  await expectCardAmount(atParis, amounts['store-paris']!, true);
  await lyon.screenshot({ path: info.outputPath('1-lyon-desk-part-due.png') });

  // Lyon prepares its part and hands it over: the terminal is charged Lyon's part; Paris still has its own to charge.
  await atLyon.getByTestId('desk-ready').click();
  await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
  await atLyon.getByTestId('desk-code').fill(code('store-lyon'));
  await atLyon.getByTestId('desk-hand-over').click();
  await expect(atLyon).toHaveAttribute('data-status', 'picked_up');
  await expectCardAmount(atLyon, amounts['store-lyon']!, false);
  await expectCardAmount(atParis, amounts['store-paris']!, true);
  await lyon.screenshot({ path: info.outputPath('2-lyon-part-paid.png') });

  // Camille's account says what each store charged or will charge.
  const account = await (await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'fr-FR' })).newPage();
  await account.goto('/account');
  await signIn(account, me.email, me.password);
  await expect(account.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  const mine = account.locator(`[data-testid="order-card"][data-order-id="${order.id}"]`);
  await expect(mine.locator('[data-testid="pickup-part"][data-store="store-lyon"]').getByTestId('pickup-part-amount')).toHaveText(`Réglé dans ce magasin : ${euros(amounts['store-lyon']!)}`);
  await expect(mine.locator('[data-testid="pickup-part"][data-store="store-paris"]').getByTestId('pickup-part-amount')).toHaveText(`À régler dans ce magasin : ${euros(amounts['store-paris']!)}`);
  await account.screenshot({ path: info.outputPath('2b-account-part-amounts.png'), fullPage: true });

  await atParis.getByTestId('desk-ready').click();
  await expect(atParis).toHaveAttribute('data-status', 'ready_for_pickup');
  await atParis.getByTestId('desk-code').fill(code('store-paris'));
  await atParis.getByTestId('desk-hand-over').click();
  await expect(atParis).toHaveAttribute('data-status', 'picked_up');
  await expectCardAmount(atParis, amounts['store-paris']!, false);
  await paris.screenshot({ path: info.outputPath('3-paris-part-paid.png') });

  // Each till charged its part and nothing more; the order is paid once both are.
  const after = (await (await request.get(`/api/orders/${order.id}`, { headers: camille })).json()) as PartOrder & { status: string; payment: { status: string } };
  expect([after.status, after.payment.status]).toEqual(['picked_up', 'captured']);
  expect(Object.fromEntries(after.pickups.map((p) => [p.storeId, p.paid?.amount.amount]))).toEqual(amounts);
  const data = (await (await request.get('/api/customers/me/data', { headers: camille })).json()) as { till_payments: Record<string, unknown>[] };
  const tills = data.till_payments.filter((p) => (p.orderId ?? p.order_id) === order.id && p.status === 'approved');
  expect(Object.fromEntries(tills.map((p) => [String(p.storeId ?? p.store_id), Number(p.amount)]))).toEqual(amounts);
});


test('the Lyon desk cancels its part: the customer sees it cancelled and refunded, the Paris part still to collect', async ({ browser, request }, info) => {
  test.setTimeout(120_000);
  // Camille orders a clock to collect in Paris and a lamp in Lyon, paid by card beforehand.
  await setStoreStock(request, 'store-paris', { 'clock-gare': 1 });
  await setStoreStock(request, 'store-lyon', { 'lamp-galet': 1 });
  const me = await newCustomer(request, 'Camille Martin');
  const camille = await authOf(request, me.email, me.password);
  const cart = (await (await request.post('/api/carts', { headers: camille })).json()) as { id: string };
  const added = await request.post(`/api/carts/${cart.id}/commands`, { headers: camille, data: { commands: [
    { type: 'addLine', productId: 'clock-gare', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } },
    { type: 'addLine', productId: 'lamp-galet', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } },
  ] } });
  expect(added.status(), await added.text()).toBe(200);
  const card = await request.post('/pay/sim/tokens', { data: { card: '4242424242424242' } });
  expect(card.status()).toBe(201);
  const { token } = (await card.json()) as { token: string };
  const placed = await request.post(`/api/carts/${cart.id}/checkout`, { headers: { ...camille, 'Idempotency-Key': crypto.randomUUID() }, data: { payment: { method: 'card', token }, contact: { email: me.email } } });
  expect(placed.status(), await placed.text()).toBe(201);
  const order = (await placed.json()) as PartOrder;
  const lyonShare = partAmounts(order)['store-lyon']!;

  // Lyon prepares its part; the customer does not come: the clerk cancels it, with a reason.
  const lyon = await deskOf(browser, lyonClerk);
  const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${order.id}"]`);
  await atLyon.getByTestId('desk-ready').click();
  await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
  await atLyon.getByTestId('desk-cancel-part').click();
  await expect(atLyon.getByTestId('desk-cancel-form')).toContainText('ce qui a été payé pour elle est remboursé');
  await atLyon.getByTestId('desk-cancel-reason-no_show').check();
  await lyon.screenshot({ path: info.outputPath('1-lyon-cancel-confirm.png') });
  await atLyon.getByTestId('desk-cancel-confirm').click();
  await expect(atLyon).toHaveAttribute('data-status', 'cancelled');
  await expect(atLyon.getByTestId('desk-cancel-part')).toHaveCount(0);
  await expect(atLyon.getByTestId('desk-amount')).toHaveText(`Remboursée : ${euros(lyonShare)}`);
  await lyon.screenshot({ path: info.outputPath('2-lyon-part-cancelled.png') });

  // Camille's order page: Lyon's part cancelled and refunded its share, Paris's still to collect with its code.
  const account = await (await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'fr-FR' })).newPage();
  await account.goto('/account');
  await signIn(account, me.email, me.password);
  await expect(account.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  const mine = account.locator(`[data-testid="order-card"][data-order-id="${order.id}"]`);
  const part = (store: string) => mine.locator(`[data-testid="pickup-part"][data-store="${store}"]`);
  await expect(part('store-lyon')).toHaveAttribute('data-status', 'cancelled');
  await expect(part('store-lyon').getByTestId('pickup-part-refund')).toHaveText(`Annulée, remboursée : ${euros(lyonShare)}`);
  await expect(part('store-paris')).toHaveAttribute('data-status', 'placed');
  await expect(part('store-paris').getByTestId('pickup-part-code')).toHaveText(order.pickups.find((p) => p.storeId === 'store-paris')!.code!);
  await expect(mine).toHaveAttribute('data-status', 'placed');
  await expect(account.getByTestId('customer-timeline').locator('[data-type="order.pickup_changed"]').first()).toContainText('le client n\'est pas venu');
  await account.screenshot({ path: info.outputPath('3-account-lyon-cancelled-refunded.png'), fullPage: true });
});
