import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db } from './database';
import { queryRows } from './query-rows';

/** Runs a query and returns its rows; `name` identifies its text, which never changes between calls. */
export type RowQuery = <T>(name: string, query: SQL) => Promise<T[]>;

const dialect = new PgDialect();

/**
 * On PostgreSQL, the hottest queries as named prepared statements: each pooled connection parses
 * and plans them once instead of on every add to cart (PostgreSQL shares the machine's cores with
 * the server, and planning the cart load cost about as much as running it). The embedded database
 * runs them as usual.
 *
 * @example const rows = await preparedOn(database)<{ ok: number }>('save_cart', sql`...`);
 */
export function preparedOn(database: { db: Db; pool?: pg.Pool }): RowQuery {
  const { pool, db } = database;
  if (!pool) return plainOn(db);
  return async <T>(name: string, query: SQL) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return (await pool.query({ name, text, values: params })).rows as T[];
  };
}

/** The same calls on a transaction or the embedded database, names ignored. */
export function plainOn(db: Pick<Db, 'execute'>): RowQuery {
  return <T>(_name: string, query: SQL) => queryRows<T>(db, query);
}
