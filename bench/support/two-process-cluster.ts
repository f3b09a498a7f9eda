import { Redis } from 'ioredis';
import { spawnServer, type SpawnedServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable, TEST_REDIS_URL } from '../../server/test-support/services-available';
import { nginxAvailable } from '../../server/test-support/nginx-front';

/** Two Vitrine processes on one fresh PostgreSQL database and one emptied Redis database, for nginx to front. */
export interface TwoProcessCluster {
  nginx: string;
  databaseUrl: string;
  servers: [SpawnedServer, SpawnedServer];
  /** Each process's own port. */
  ports: [number, number];
  stop(): Promise<void>;
}

/**
 * Starts the two processes a cluster benchmark runs against, or exits with why it cannot (nginx,
 * PostgreSQL or Redis missing). Each process names `publicPort` (where nginx will listen) as its
 * rooms' public address, with its own path, as deploy/nginx/vitrine.conf routes them.
 */
export async function startTwoProcessCluster(
  bench: string,
  redisDb: number,
  publicPort: number,
  /** Runs on the fresh database before the processes start (seeding it as a benchmark wants). */
  beforeStart?: (databaseUrl: string) => Promise<void>,
): Promise<TwoProcessCluster> {
  const nginx = nginxAvailable();
  if (!nginx || !(await serviceAvailable('PostgreSQL')) || !(await serviceAvailable('Redis'))) {
    console.error(`${bench} needs nginx, PostgreSQL and Redis (see above)`);
    process.exit(1);
  }
  const redisUrl = `${TEST_REDIS_URL}/${redisDb}`;
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  const db = await createPostgresTestDatabase();
  const env = (n: number) => ({
    PORT: '0', DATABASE_URL: db.url, REDIS_URL: redisUrl, LOG_LEVEL: 'warn', VITRINE_RATE_LIMIT: 'off',
    VITRINE_PUBLIC_ADDRESS: `127.0.0.1:${publicPort}/rooms/${n}`,
  });
  const servers: SpawnedServer[] = [];
  const stop = async () => {
    for (const s of servers) await s.stop();
    await db.drop();
  };
  try {
    await beforeStart?.(db.url);
    servers.push(await spawnServer(env(1)));
    servers.push(await spawnServer(env(2)));
  } catch (e) {
    await stop();
    throw e;
  }
  const [one, two] = servers as [SpawnedServer, SpawnedServer];
  return { nginx, databaseUrl: db.url, servers: [one, two], ports: [Number(new URL(one.url).port), Number(new URL(two.url).port)], stop };
}
