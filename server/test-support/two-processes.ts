import { afterAll, beforeAll } from 'vitest';
import { createPostgresTestDatabase } from './postgres-test-database';
import { present } from './present';
import { spawnServer, type SpawnedServer } from './spawn-server';

/**
 * Two server processes on one fresh PostgreSQL database for the tests of a `describe`: what
 * several processes behind a proxy share. Started one at a time, so the first migrates and seeds.
 *
 * @example const processes = twoProcessesOnPostgres(); it('...', () => { const [a, b] = processes(); });
 */
export function twoProcessesOnPostgres(): () => [SpawnedServer, SpawnedServer] {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>> | undefined;
  const servers: SpawnedServer[] = [];
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    servers.push(await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'warn' }));
    servers.push(await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'warn' }));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });
  return () => [present(servers[0], 'process A'), present(servers[1], 'process B')];
}
