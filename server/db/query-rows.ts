import type { SQL } from 'drizzle-orm';
import type { Db } from './database';

/**
 * Runs raw SQL and returns its rows. PGlite and node-postgres both answer `{ rows }`, but the
 * common drizzle type cannot know it, so the cast lives here once.
 *
 * @example const rows = await queryRows<{ n: number }>(db, sql`select 1 as n`);
 */
export async function queryRows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
