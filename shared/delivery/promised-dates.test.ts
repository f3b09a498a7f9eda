import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expressPromise, pickupPromise, standardPromise, storeReadyAt } from './promised-dates';
import { parisInstant, parisTime } from './paris-clock';

const at = (iso: string) => new Date(iso);

describe('promised dates', () => {
  it('reads Paris time across summer and winter', () => {
    expect(parisInstant(2026, 12, 7, 10).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(parisInstant(2026, 7, 7, 10).toISOString()).toBe('2026-07-07T08:00:00.000Z');
    expect(parisTime(at('2026-12-05T11:20:00Z'))).toMatchObject({ hour: 12, minute: 20, weekday: 6 });
  });
  it('prepares pickups during opening hours', () => {
    // Saturday 12:20 in Paris: ready at 13:20.
    expect(pickupPromise(at('2026-12-05T11:20:00Z')).from).toBe('2026-12-05T12:20:00.000Z');
    // Saturday 8:00: the store opens at 10:00, ready at 11:00.
    expect(storeReadyAt(at('2026-12-05T07:00:00Z'), 60).toISOString()).toBe('2026-12-05T10:00:00.000Z');
    // Saturday 18:30: past closing, Sunday shut, Monday 11:00.
    expect(storeReadyAt(at('2026-12-05T17:30:00Z'), 60).toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });
  it('brings express parcels within two hours when the store is open', () => {
    const p = expressPromise(at('2026-12-07T13:00:00Z'));
    expect(p).toEqual({ from: '2026-12-07T14:00:00.000Z', by: '2026-12-07T15:00:00.000Z' });
  });
  it('ships from the warehouse the same working day before 14:00, from a store one day later', () => {
    // Monday 10:00 Paris: leaves Monday, arrives Wednesday to Thursday.
    const monday = at('2026-12-07T09:00:00Z');
    expect(standardPromise(monday, 'warehouse', 'metropolitan')).toEqual({ from: '2026-12-09T07:00:00.000Z', by: '2026-12-10T19:00:00.000Z' });
    expect(standardPromise(monday, 'store', 'metropolitan')).toEqual({ from: '2026-12-10T07:00:00.000Z', by: '2026-12-11T19:00:00.000Z' });
    // Friday 15:00: leaves Monday, arrives Wednesday to Thursday.
    expect(standardPromise(at('2026-12-11T14:00:00Z'), 'warehouse', 'metropolitan').from).toBe('2026-12-16T07:00:00.000Z');
    // Overseas takes 6 to 10 working days.
    expect(standardPromise(monday, 'warehouse', 'overseas').by).toBe('2026-12-21T19:00:00.000Z');
  });
  it('skips public holidays: carriers do not work on them, stores shut on 1 May', () => {
    // Thursday 24 December 2026, 10:00 Paris: leaves that day; Friday 25 is Christmas, so the
    // carrier's second and third working days are Tuesday 29 and Wednesday 30.
    expect(standardPromise(at('2026-12-24T09:00:00Z'), 'warehouse', 'metropolitan')).toEqual({ from: '2026-12-29T07:00:00.000Z', by: '2026-12-30T19:00:00.000Z' });
    // Saturday 1 May 2027: every store is shut, the pickup is ready Monday 3 May at 11:00 (summer time).
    expect(pickupPromise(at('2027-05-01T08:00:00Z')).from).toBe('2027-05-03T09:00:00.000Z');
    // Wednesday 14 July 2027: stores open, the carrier does not collect until Thursday.
    expect(pickupPromise(at('2027-07-14T08:00:00Z')).from).toBe('2027-07-14T09:00:00.000Z');
    expect(standardPromise(at('2027-07-14T08:00:00Z'), 'warehouse', 'metropolitan').from).toBe('2027-07-19T06:00:00.000Z');
  });
  it('never promises the past, never a Sunday, and from never after by', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2026-01-01'), max: new Date('2028-01-01'), noInvalidDate: true }), (now) => {
      for (const p of [pickupPromise(now), expressPromise(now), standardPromise(now, 'warehouse', 'metropolitan'), standardPromise(now, 'store', 'overseas')]) {
        expect(new Date(p.from).getTime()).toBeGreaterThan(now.getTime() - 1);
        expect(p.from <= p.by).toBe(true);
        expect(parisTime(new Date(p.from)).weekday).not.toBe(0);
      }
      const ready = parisTime(new Date(pickupPromise(now).from));
      expect(ready.hour * 60 + ready.minute).toBeGreaterThanOrEqual(11 * 60);
      expect(ready.hour * 60 + ready.minute).toBeLessThanOrEqual(19 * 60);
    }));
  });
});
