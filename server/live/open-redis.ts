import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/**
 * An ioredis connection that outlives Redis going away: it never throws an unhandled `error`
 * event, reconnects forever (at most every 2 s) and, unless told otherwise, holds commands until
 * Redis is back instead of failing them after a number of retries (which, unhandled somewhere in a
 * library, would end the process). Subscriptions are renewed on reconnect by ioredis.
 *
 * @example const sub = openRedis(url, log, 'cart bus (sub)');
 */
export function openRedis(url: string, log: Logger, purpose: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { ...resilientRedisOptions(url), ...options });
  watchRedis(redis, log, purpose);
  return redis;
}

/**
 * The same behaviour as options, for libraries that build their own connections from them
 * (Colyseus's presence and driver bring their own copy of ioredis).
 */
export function resilientRedisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    db: Number(u.pathname.slice(1) || 0),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  };
}

/** Logs an outage once and its end, and keeps the `error` event from ever being unhandled. */
export function watchRedis(redis: { on(event: string, f: (err?: Error) => void): unknown }, log: Logger, purpose: string): void {
  let warned = false;
  redis.on('error', (err) => {
    // Once per outage: a reconnect loop would otherwise log every attempt.
    if (!warned) log.warn({ err, purpose }, 'redis unreachable; reconnecting');
    warned = true;
  });
  redis.on('ready', () => {
    if (warned) log.info({ purpose }, 'redis is back');
    warned = false;
  });
}
