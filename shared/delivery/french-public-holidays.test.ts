import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday, isStoreClosedHoliday } from './french-public-holidays';

describe('French public holidays', () => {
  it('finds Easter Sunday on the dates the almanacs give', () => {
    const known: Array<[number, number, number]> = [[1943, 4, 25], [2024, 3, 31], [2025, 4, 20], [2026, 4, 5], [2027, 3, 28], [2038, 4, 25], [2285, 3, 22]];
    for (const [year, month, day] of known) expect(easterSunday(year)).toEqual({ year, month, day });
  });
  it('always puts Easter on a Sunday between 22 March and 25 April', () => {
    fc.assert(fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
      const e = easterSunday(year);
      expect(new Date(Date.UTC(e.year, e.month - 1, e.day)).getUTCDay()).toBe(0);
      const md = e.month * 100 + e.day;
      expect(md >= 322 && md <= 425).toBe(true);
    }));
  });
  it('lists the eleven holidays of 2027 with the movable ones', () => {
    const days = frenchPublicHolidays(2027).map((d) => `${d.month}/${d.day}`);
    expect(days).toEqual(['1/1', '3/29', '5/1', '5/6', '5/8', '5/17', '7/14', '8/15', '11/1', '11/11', '12/25']);
    expect(isFrenchPublicHoliday({ year: 2027, month: 5, day: 6 })).toBe(true);
    expect(isFrenchPublicHoliday({ year: 2027, month: 5, day: 7 })).toBe(false);
  });
  it('keeps stores shut only on 1 January, 1 May and 25 December', () => {
    expect(isStoreClosedHoliday({ year: 2027, month: 5, day: 1 })).toBe(true);
    expect(isStoreClosedHoliday({ year: 2027, month: 7, day: 14 })).toBe(false);
  });
});
