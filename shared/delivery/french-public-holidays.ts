// Zod-free: the delivery promises skip these days; docs/delivery.md says which.

/** A calendar day, month 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, valid for every year
 * of the Gregorian calendar).
 *
 * @example easterSunday(2027) // { year: 2027, month: 3, day: 28 }
 */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const key = (d: CalendarDay) => `${d.year}-${d.month}-${d.day}`;

function daysAfter(d: CalendarDay, n: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The eleven public holidays of metropolitan France in `year` (Code du travail, L3133-1):
 * fixed dates plus Easter Monday, Ascension Thursday and Whit Monday.
 */
export function frenchPublicHolidays(year: number): CalendarDay[] {
  const easter = easterSunday(year);
  const fixed: Array<[number, number]> = [[1, 1], [5, 1], [5, 8], [7, 14], [8, 15], [11, 1], [11, 11], [12, 25]];
  return [
    ...fixed.map(([month, day]) => ({ year, month, day })),
    daysAfter(easter, 1),
    daysAfter(easter, 39),
    daysAfter(easter, 50),
  ].sort((x, y) => x.month - y.month || x.day - y.day);
}

const holidaysByYear = new Map<number, Set<string>>();

/** Carriers and the warehouse do not work on a public holiday. */
export function isFrenchPublicHoliday(d: CalendarDay): boolean {
  let days = holidaysByYear.get(d.year);
  if (!days) {
    days = new Set(frenchPublicHolidays(d.year).map(key));
    holidaysByYear.set(d.year, days);
  }
  return days.has(key({ year: d.year, month: d.month, day: d.day }));
}

/**
 * Stores open on public holidays except these (month, day): 1 May is the one day French law keeps
 * shops shut; New Year's Day and Christmas by the stores' own choice.
 */
export const STORE_CLOSED_HOLIDAYS: ReadonlyArray<readonly [number, number]> = [[1, 1], [5, 1], [12, 25]];

export function isStoreClosedHoliday(d: CalendarDay): boolean {
  return STORE_CLOSED_HOLIDAYS.some(([month, day]) => d.month === month && d.day === day);
}
