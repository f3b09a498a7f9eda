import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { HttpError } from './http-error';

export interface RateLimit {
  /** Throws a 429 when `key` has used up its budget. */
  consume(key: string, cost?: number): Promise<void>;
  /** Throws a 429 when `key` has used up its budget, without spending any of it. */
  check(key: string): Promise<void>;
  /** Spends one point of `key`'s budget without ever throwing (a failed attempt already answered). */
  penalise(key: string): Promise<void>;
  /** Gives `key` its whole budget back. */
  reset(key: string): Promise<void>;
}

export interface RateLimitOptions {
  points: number;
  durationSeconds: number;
  enabled: boolean;
  what: string;
  /** Shares the budget between every process of the deployment; when Redis is unreachable each process falls back to its own memory. */
  redis?: Redis;
  /** Distinguishes this budget's keys in Redis. */
  name?: string;
}

function tooMany(what: string, msBeforeNext: number): HttpError {
  const retry = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new HttpError(429, 'rate_limited', `too many ${what}; try again in ${retry} s`, { retryAfterSeconds: retry });
}

/**
 * A token bucket, in this process's memory or shared through Redis. `enabled: false`
 * (VITRINE_RATE_LIMIT=off) exists for load tests only.
 *
 * @example const login = createRateLimit({ points: 10, durationSeconds: 60, enabled: true, what: 'sign-in attempts' });
 */
export function createRateLimit(opts: RateLimitOptions): RateLimit {
  if (!opts.enabled) return { consume: async () => {}, check: async () => {}, penalise: async () => {}, reset: async () => {} };
  const memory = new RateLimiterMemory({ points: opts.points, duration: opts.durationSeconds });
  const limiter: RateLimiterAbstract = opts.redis
    ? new RateLimiterRedis({
      storeClient: opts.redis,
      points: opts.points,
      duration: opts.durationSeconds,
      keyPrefix: `vitrine:rl:${opts.name ?? opts.what}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    })
    : memory;
  return {
    async consume(key, cost = 1) {
      try {
        await limiter.consume(key, cost);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        throw tooMany(opts.what, e.msBeforeNext);
      }
    },
    async check(key) {
      const res = await limiter.get(key).catch(() => memory.get(key));
      if (res && res.consumedPoints >= opts.points) throw tooMany(opts.what, res.msBeforeNext);
    },
    async penalise(key) {
      await limiter.penalty(key, 1).catch(() => memory.penalty(key, 1)).catch(() => {});
    },
    async reset(key) {
      await limiter.delete(key).catch(() => {});
    },
  };
}
