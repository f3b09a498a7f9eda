import { openDatabase, type Database } from '../db/database';
import { createPostgresTestDatabase } from './postgres-test-database';
import type { Backend } from './test-server';

/**
 * A bare migrated database (no server, no seed) for tests of one step: an in-memory PGlite, or a
 * fresh PostgreSQL database that `close()` drops.
 *
 * @example const { database, close } = await openTestDatabase('postgres');
 */
export async function openTestDatabase(backend: Backend): Promise<{ database: Database; close(): Promise<void> }> {
  if (backend === 'embedded') {
    const database = await openDatabase({ kind: 'memory' });
    return { database, close: () => database.close() };
  }
  const pg = await createPostgresTestDatabase();
  const database = await openDatabase({ kind: 'postgres', url: pg.url, poolSize: 4 });
  return {
    database,
    async close() {
      await database.close();
      await pg.drop();
    },
  };
}
