import { describe, expect, it } from 'vitest';
import { serviceAvailable } from '../test-support/services-available';
import { upgradedRows } from '../test-support/upgrade-database';

const line = (id: string, fulfilment: object, extra: object = {}) => ({ id, productId: 'p', qty: 1, unitPrice: { amount: 1, currency: 'EUR' }, fulfilment, sourceLocationId: 'x', ...extra });
const ORDERS_OF_OLD = [
  `insert into users (id, role) values ('u1', 'customer')`,
  `insert into carts (id, customer_id, status, version, channel, lines, totals) values ('c1', 'u1', 'checked_out', 1, 'web', '[]', '{}')`,
  `insert into orders (id, cart_id, customer_id, status, lines, totals, payment, channel, pickup_code, pickup_store_id) values
     ('ord_one', 'c1', 'u1', 'ready_for_pickup', '${JSON.stringify([line('a', { type: 'pickup', locationId: 'store-lyon' }), line('b', { type: 'ship' }), line('c', { type: 'pickup', locationId: 'store-lyon' })])}', '{}', '{}', 'web', '123456', 'store-lyon'),
     ('ord_ship', 'c1', 'u1', 'shipped', '${JSON.stringify([line('a', { type: 'ship' })])}', '{}', '{}', 'web', null, null),
     ('ord_till', 'c1', 'u1', 'picked_up', '${JSON.stringify([line('a', { type: 'pickup', locationId: 'store-paris', takeNow: true }, { handedOverAt: '2026-01-01T00:00:00Z' })])}', '{}', '{}', 'store', '654321', 'store-paris')`,
];
const PARTS = `select order_id, store_id, code, status, line_ids from order_pickups order by order_id, store_id`;
// An order of one store becomes one part with its code and status; nothing waits for shipped or till orders.
const EXPECTED = [{ order_id: 'ord_one', store_id: 'store-lyon', code: '123456', status: 'ready_for_pickup', line_ids: ['a', 'c'] }];

const postgres = await serviceAvailable('PostgreSQL');
const upgrade = { before: 15, old: ORDERS_OF_OLD, read: PARTS };

describe('migration 0015 gives every order placed before parts one part per store it waits at', () => {
  it('on the embedded database', async () => {
    expect(await upgradedRows('embedded', upgrade)).toEqual(EXPECTED);
  }, 60_000);

  it.skipIf(!postgres)('on PostgreSQL', async () => {
    expect(await upgradedRows('postgres', upgrade)).toEqual(EXPECTED);
  }, 60_000);
  if (!postgres) console.log('pickup parts migration on PostgreSQL skipped: no PostgreSQL at VITRINE_TEST_DATABASE_URL');
});
