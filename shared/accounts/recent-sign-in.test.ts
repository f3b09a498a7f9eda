import { describe, expect, it } from 'vitest';
import { RECENT_SIGN_IN_MS, isRecentSignIn } from './recent-sign-in';

const NOW = Date.parse('2026-12-06T18:00:00Z');

describe('isRecentSignIn', () => {
  it('accepts a sign-in up to 10 minutes old, to the millisecond', () => {
    expect(RECENT_SIGN_IN_MS).toBe(10 * 60_000);
    expect(isRecentSignIn(NOW, NOW)).toBe(true);
    expect(isRecentSignIn(NOW - RECENT_SIGN_IN_MS, NOW)).toBe(true);
  });

  it('refuses an older sign-in, and a session that records none', () => {
    expect(isRecentSignIn(NOW - RECENT_SIGN_IN_MS - 1, NOW)).toBe(false);
    expect(isRecentSignIn(undefined, NOW)).toBe(false);
  });

  it('refuses a sign-in time ahead of the clock by more than a minute of drift between processes', () => {
    expect(isRecentSignIn(NOW + 30_000, NOW)).toBe(true);
    expect(isRecentSignIn(NOW + 61_000, NOW)).toBe(false);
  });
});
