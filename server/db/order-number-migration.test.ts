import { describe, expect, it } from 'vitest';
import { serviceAvailable } from '../test-support/services-available';
import { upgradedRows } from '../test-support/upgrade-database';

const ORDERS_OF_OLD = [
  `insert into users (id, role) values ('u1', 'customer')`,
  `insert into carts (id, customer_id, status, version, channel, lines, totals) values ('c1', 'u1', 'checked_out', 1, 'web', '[]', '{}')`,
  `insert into orders (id, cart_id, customer_id, status, lines, totals, payment, channel, created_at) values
     ('ord_late', 'c1', 'u1', 'placed', '[]', '{}', '{}', 'web', '2026-02-01'),
     ('ord_early', 'c1', 'u1', 'placed', '[]', '{}', '{}', 'web', '2026-01-01')`,
];
const NEW_ORDER = `insert into orders (id, cart_id, customer_id, status, lines, totals, payment, channel) values ('ord_new', 'c1', 'u1', 'placed', '[]', '{}', '{}', 'web')`;
const NUMBERS = `select id, number from orders order by number`;
const EXPECTED = [
  { id: 'ord_early', number: 'VT-000001' },
  { id: 'ord_late', number: 'VT-000002' },
  { id: 'ord_new', number: 'VT-000003' },
];

const postgres = await serviceAvailable('PostgreSQL');
const upgrade = { before: 13, old: ORDERS_OF_OLD, after: [NEW_ORDER], read: NUMBERS };

describe('migration 0013 numbers the orders that existed before it, oldest first, and the next ones follow', () => {
  it('on the embedded database', async () => {
    expect(await upgradedRows('embedded', upgrade)).toEqual(EXPECTED);
  }, 60_000);

  it.skipIf(!postgres)('on PostgreSQL', async () => {
    expect(await upgradedRows('postgres', upgrade)).toEqual(EXPECTED);
  }, 60_000);
  if (!postgres) console.log('order number migration on PostgreSQL skipped: no PostgreSQL at VITRINE_TEST_DATABASE_URL');
});
