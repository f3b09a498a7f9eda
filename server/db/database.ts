import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tables, type Tables } from './tables';
import { lockDataDir } from './data-dir-lock';
import { openPool } from './open-pool';

/** The same drizzle API whichever engine is underneath; every query is written once. */
export type Db = PgDatabase<PgQueryResultHKT, Tables>;

export interface Database {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** The PostgreSQL URL, for features that need a dedicated connection (LISTEN). */
  url?: string;
  /** PostgreSQL's pool, for named prepared statements (`preparedOn`). */
  pool?: pg.Pool;
  /**
   * The embedded database as one consistent gzipped tarball, taken while it serves (PGlite runs one
   * query at a time, so the copy is a single point in time). PostgreSQL has pg_dump instead.
   */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

/** PostgreSQL extensions the schema uses, bundled with PGlite (a server has them in its contrib package). */
export const pgliteExtensions = { unaccent };

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'embedded'; dataDir: string }
  /** Tests: an in-memory PGlite, optionally cloned from a migrated template dump. */
  | { kind: 'memory'; template?: Blob };

/**
 * Opens and migrates the database: PGlite (embedded Postgres, zero set-up, one process) by default,
 * node-postgres when a URL is given. Same schema, same migrations, same queries.
 *
 * @example const database = await openDatabase({ kind: 'embedded', dataDir: './data' });
 */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const pool = openPool(opts.url, opts.poolSize ?? 10);
    const db = drizzlePg(pool, { schema: tables }) as unknown as Db;
    // Several processes may start at once: one migrates, the others wait on the advisory lock.
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock(727274)');
      await migratePg(drizzlePg(client, { schema: tables }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => {});
      client.release();
    }
    return { db, kind: 'postgres', url: opts.url, pool, close: () => pool.end() };
  }
  let release = () => {};
  let client: PGlite;
  if (opts.kind === 'embedded') {
    release = lockDataDir(opts.dataDir);
    const pgdata = path.join(opts.dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true });
    try {
      client = await PGlite.create({ dataDir: pgdata, extensions: pgliteExtensions });
    } catch (e) {
      release();
      throw e;
    }
  } else {
    client = await PGlite.create({ ...(opts.template ? { loadDataDir: opts.template } : {}), extensions: pgliteExtensions });
  }
  const db = drizzlePglite(client, { schema: tables }) as unknown as Db;
  await migratePglite(drizzlePglite(client, { schema: tables }), { migrationsFolder });
  await db.execute(sql`select 1`);
  return {
    db,
    kind: 'embedded',
    dump: () => client.dumpDataDir('gzip'),
    close: async () => {
      // Closing twice (a test that closed it to simulate a failure, then the server) is not an error.
      if (!client.closed) await client.close();
      release();
    },
  };
}

/** A migrated, empty PGlite as a tarball: tests clone it in about 0.4 s instead of running initdb. */
export async function createTemplateDump(): Promise<Blob> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  await migratePglite(drizzlePglite(client, { schema: tables }), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}
