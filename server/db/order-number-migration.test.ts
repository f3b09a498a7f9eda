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

/** The migrations as they were before order numbers: a database of that age, to upgrade. */
function migrationsBeforeNumbers(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta', '_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 13);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(migrations, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

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

describe('migration 0013 numbers the orders that existed before it, oldest first, and the next ones follow', () => {
  const old = migrationsBeforeNumbers();
  afterAll(() => fs.rmSync(old, { recursive: true, force: true }));

  it('on the embedded database', async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    try {
      await migratePglite(drizzlePglite(client), { migrationsFolder: old });
      for (const q of ORDERS_OF_OLD) await client.query(q);
      await migratePglite(drizzlePglite(client), { migrationsFolder: migrations });
      await client.query(NEW_ORDER);
      expect((await client.query(NUMBERS)).rows).toEqual(EXPECTED);
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
      await client.query(NEW_ORDER);
      expect((await client.query(NUMBERS)).rows).toEqual(EXPECTED);
    } finally {
      await client.end();
      await db.drop();
    }
  }, 60_000);
  if (!postgres) console.log('order number migration on PostgreSQL skipped: no PostgreSQL at VITRINE_TEST_DATABASE_URL');
});
