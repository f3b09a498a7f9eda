import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteExtensions } from './database';
import { serviceAvailable } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';

const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The migrations as they were before pickup parts: a database of that age, to upgrade. */
function migrationsBeforeParts(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta', '_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 15);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(migrations, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

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

describe('migration 0015 gives every order placed before parts one part per store it waits at', () => {
  const old = migrationsBeforeParts();
  afterAll(() => fs.rmSync(old, { recursive: true, force: true }));

  it('on the embedded database', async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    try {
      await migratePglite(drizzlePglite(client), { migrationsFolder: old });
      for (const q of ORDERS_OF_OLD) await client.query(q);
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrations });
      expect((await client.query(PARTS)).rows).toEqual(EXPECTED);
    } finally {
      await client.close();
    }
  }, 60_000);

  it.skipIf(!postgres)('on PostgreSQL', async () => {
    const db = await createPostgresTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: old });
      for (const q of ORDERS_OF_OLD) await client.query(q);
      await migratePg(drizzlePg(client), { migrationsFolder: migrations });
      expect((await client.query(PARTS)).rows).toEqual(EXPECTED);
    } finally {
      await client.end();
      await db.drop();
    }
  }, 60_000);
  if (!postgres) console.log('pickup parts migration on PostgreSQL skipped: no PostgreSQL at VITRINE_TEST_DATABASE_URL');
});
