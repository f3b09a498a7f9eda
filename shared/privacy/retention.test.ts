import { describe, expect, it } from 'vitest';
import { consentExpired, monthsBefore, retentionCutoffs } from './retention';

describe('retention', () => {
  it('keeps analytics 13 months, closed help requests 12 months and idle guests 30 days', () => {
    const c = retentionCutoffs(new Date('2026-12-05T10:00:00Z'));
    expect(c.analyticsBefore.toISOString()).toBe('2025-11-05T10:00:00.000Z');
    expect(c.helpClosedBefore.toISOString()).toBe('2025-12-05T10:00:00.000Z');
    expect(c.guestsIdleBefore.toISOString()).toBe('2026-11-05T10:00:00.000Z');
  });

  it('counts calendar months, falling back to the last day of a shorter month', () => {
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2027-01-15T00:00:00Z'), 13).toISOString()).toBe('2025-12-15T00:00:00.000Z');
  });

  it('asks for consent again after 13 months', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    expect(consentExpired('2026-01-01T00:00:00Z', now)).toBe(false);
    expect(consentExpired('2025-11-04T00:00:00Z', now)).toBe(true);
    expect(consentExpired('garbage', now)).toBe(true);
  });
});
