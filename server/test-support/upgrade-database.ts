import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { APP_ROOT } from '../app/app-root';
import { pgliteExtensions } from '../db/database';
import { createPostgresTestDatabase } from './postgres-test-database';
import type { Backend } from './test-server';

const migrations = path.join(APP_ROOT, 'server/db/migrations');

/** The migrations as they were before migration `idx`: a folder a database of that age is made from. */
function migrationsBefore(idx: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta', '_journal.json'), 'utf8'));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < idx);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(migrations, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

export interface Upgrade {
  /** The first migration the old database lacks (its journal `idx`). */
  before: number;
  /** Statements run on the old database: the rows it held. */
  old: readonly string[];
  /** Statements run once upgraded (rows made after the upgrade). */
  after?: readonly string[];
  /** What the test reads back. */
  read: string;
}

/**
 * A database migrated as it was before a migration, given rows, then upgraded with every
 * migration of today, as a store running an older version would be: answers `read`.
 *
 * @example expect(await upgradedRows('embedded', { before: 13, old: ORDERS, read: NUMBERS })).toEqual(EXPECTED)
 */
export async function upgradedRows(backend: Backend, u: Upgrade): Promise<unknown[]> {
  const old = migrationsBefore(u.before);
  try {
    if (backend === 'embedded') {
      const client = await PGlite.create({ extensions: pgliteExtensions });
      try {
        await migratePglite(drizzlePglite(client), { migrationsFolder: old });
        for (const q of u.old) await client.query(q);
        await migratePglite(drizzlePglite(client), { migrationsFolder: migrations });
        for (const q of u.after ?? []) await client.query(q);
        return (await client.query(u.read)).rows;
      } finally {
        await client.close();
      }
    }
    const db = await createPostgresTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await migratePg(drizzlePg(client), { migrationsFolder: old });
      for (const q of u.old) await client.query(q);
      await migratePg(drizzlePg(client), { migrationsFolder: migrations });
      for (const q of u.after ?? []) await client.query(q);
      return (await client.query(u.read)).rows;
    } finally {
      await client.end();
      await db.drop();
    }
  } finally {
    fs.rmSync(old, { recursive: true, force: true });
  }
}
