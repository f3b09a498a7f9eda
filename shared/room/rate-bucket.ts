/** A token bucket as plain data, so a room can keep one per client and message kind. */
export interface RateBucket {
  tokens: number;
  at: number;
}

export interface RateBudget {
  perSecond: number;
  burst: number;
}

/** A full bucket at time `now` (ms). */
export function newBucket(budget: RateBudget, now: number): RateBucket {
  return { tokens: budget.burst, at: now };
}

/**
 * Takes one token if there is one. Refills continuously at `perSecond`, up to `burst`.
 *
 * @example const b = newBucket({ perSecond: 20, burst: 5 }, 0); takeToken(b, { perSecond: 20, burst: 5 }, 0) // true
 */
export function takeToken(bucket: RateBucket, budget: RateBudget, now: number): boolean {
  const elapsed = Math.max(0, now - bucket.at);
  bucket.tokens = Math.min(budget.burst, bucket.tokens + (elapsed * budget.perSecond) / 1000);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** Counts refusals in a sliding window; `strike` says when the client has earned removal. */
export interface StrikeCounter {
  times: number[];
}

export function strike(counter: StrikeCounter, now: number, windowMs: number, max: number): boolean {
  const from = now - windowMs;
  let drop = 0;
  while (drop < counter.times.length && (counter.times[drop] ?? from) < from) drop++;
  if (drop) counter.times.splice(0, drop);
  counter.times.push(now);
  return counter.times.length > max;
}
