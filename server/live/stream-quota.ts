import type { Response } from 'express';
import { HttpError } from '../http/http-error';

/**
 * Live streams one user may hold open on one process: a phone, a laptop and a headset, each with
 * a few tabs following a cart, orders and a help request, fit well under it.
 */
export const MAX_STREAMS_PER_USER = 16;

/**
 * Counts each user's open event streams (every kind together) and refuses one beyond the cap with
 * a 429, so nobody can hold hundreds of sockets and the work each change causes on them.
 *
 * @example streamQuotaFor(s).claim(p.userId, res); s.hub.open(res, cart, last);
 */
export class StreamQuota {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Takes a slot for this response until it closes; throws 429 `too_many_streams` when none is left. */
  claim(userId: string, res: Response): void {
    const n = this.open.get(userId) ?? 0;
    if (n >= this.max) {
      throw new HttpError(429, 'rate_limited', `you already follow ${n} live streams; close one (another tab or device) and try again`, { limit: this.max });
    }
    this.open.set(userId, n + 1);
    let released = false;
    res.on('close', () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left > 0) this.open.set(userId, left);
      else this.open.delete(userId);
    });
  }

  /** Open streams of a user, for tests and metrics. */
  count(userId: string): number {
    return this.open.get(userId) ?? 0;
  }
}

const quotas = new WeakMap<object, StreamQuota>();

/** One quota per server, made on first use; VITRINE_RATE_LIMIT=off lifts the cap (load tests). */
export function streamQuotaFor(s: { config: { rateLimit: boolean } }): StreamQuota {
  let quota = quotas.get(s);
  if (!quota) {
    quota = new StreamQuota(s.config.rateLimit ? MAX_STREAMS_PER_USER : Number.POSITIVE_INFINITY);
    quotas.set(s, quota);
  }
  return quota;
}
