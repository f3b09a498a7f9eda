import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from './http-error';

export interface RateLimit {
  /** Throws a 429 when `key` has used up its budget. */
  consume(key: string, cost?: number): Promise<void>;
}

/**
 * A per-process token bucket. `enabled: false` (VITRINE_RATE_LIMIT=off) exists for load tests only.
 *
 * @example const login = createRateLimit({ points: 10, durationSeconds: 60, enabled: true });
 */
export function createRateLimit(opts: { points: number; durationSeconds: number; enabled: boolean; what: string }): RateLimit {
  if (!opts.enabled) return { consume: async () => {} };
  const limiter = new RateLimiterMemory({ points: opts.points, duration: opts.durationSeconds });
  return {
    async consume(key, cost = 1) {
      try {
        await limiter.consume(key, cost);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const retry = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw new HttpError(429, 'rate_limited', `too many ${opts.what}; try again in ${retry} s`, { retryAfterSeconds: retry });
      }
    },
  };
}
