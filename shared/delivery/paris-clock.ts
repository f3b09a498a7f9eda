// Zod-free: the cart page formats promised dates with it.

/** Where the stores, the warehouse and the carriers keep their hours. */
export const SHOP_TIME_ZONE = 'Europe/Paris';

export interface LocalTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 Sunday .. 6 Saturday */
  weekday: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SHOP_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
});

/**
 * The wall clock in Paris at `at`; summer time included.
 *
 * @example parisTime(new Date('2026-12-05T11:20:00Z')) // { hour: 12, minute: 20, weekday: 6, ... }
 */
export function parisTime(at: Date): LocalTime {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const [year, month, day] = [Number(p.year), Number(p.month), Number(p.day)];
  return { year, month, day, hour: Number(p.hour), minute: Number(p.minute), weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/**
 * The instant at which Paris clocks show that day and time. Days past the month's end roll over,
 * so `day + n` is n days later.
 *
 * @example parisInstant(2026, 12, 7, 10, 0) // 2026-12-07T09:00:00.000Z
 */
export function parisInstant(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Guess with the offset at the wanted wall time, then correct once (enough across a change of offset).
  let at = new Date(wanted);
  for (let i = 0; i < 2; i++) {
    const seen = parisTime(at);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    at = new Date(at.getTime() + (wanted - shown));
  }
  return at;
}

/** The Paris calendar day `n` days after `t`'s, at midnight local (as a LocalTime). */
export function addParisDays(t: Pick<LocalTime, 'year' | 'month' | 'day'>, n: number): LocalTime {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, weekday: d.getUTCDay() };
}
