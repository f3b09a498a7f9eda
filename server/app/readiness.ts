import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { sql } from 'drizzle-orm';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Ready } from '../../shared/http/api-schemas';

const CHECK_TIMEOUT_MS = 2_000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);
}

/**
 * GET /api/ready: whether this process can serve right now, for a load balancer. The database
 * must answer a query; Redis, when configured, a PING on a connection of its own (one that never
 * queues commands while Redis is away, so the answer is immediate).
 *
 * @example const ready = createReadiness(config, database, log); app.get('/api/ready', ready.handler);
 */
export function createReadiness(config: Config, database: Database, log: Logger): { handler: RequestHandler; close(): Promise<void> } {
  let redis: Redis | undefined;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', (err) => log.debug({ err }, 'readiness: redis unreachable'));
    redis.connect().catch(() => {});
  }
  const check = async (): Promise<Ready> => {
    const [dbUp, redisUp] = await Promise.all([
      within(database.db.execute(sql`select 1`), CHECK_TIMEOUT_MS).then(() => true, () => false),
      redis ? within(redis.ping(), CHECK_TIMEOUT_MS).then(() => true, () => false) : Promise.resolve(undefined),
    ]);
    const down: Ready['down'] = [...(dbUp ? [] : ['database' as const]), ...(redisUp === false ? ['redis' as const] : [])];
    return { ok: down.length === 0, db: database.kind, redis: redisUp === undefined ? 'unused' : redisUp ? 'up' : 'down', ...(down.length ? { down } : {}) };
  };
  return {
    handler: (_req, res, next) => {
      check().then((r) => res.status(r.ok ? 200 : 503).json(r), next);
    },
    close: async () => {
      redis?.disconnect();
    },
  };
}
