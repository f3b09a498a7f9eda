import { addParisDays, parisInstant, parisTime, type LocalTime } from './paris-clock';
import {
  CARRIER_DAYS, COURIER_RIDE_MINUTES, STORE_DISPATCH_EXTRA_DAYS, STORE_HOURS, STORE_PREPARATION_MINUTES, WAREHOUSE_CUTOFF_HOUR,
} from './delivery-rules';
import type { DeliveryZone } from './french-address';
import { isFrenchPublicHoliday, isStoreClosedHoliday } from './french-public-holidays';

// Zod-free: pure date arithmetic over the rules of delivery-rules.ts.

/** When the goods arrive or can be collected: not before `from`, at the latest `by` (ISO instants). */
export interface DeliveryPromise {
  from: string;
  by: string;
}

const MINUTE = 60_000;
type Day = Pick<LocalTime, 'year' | 'month' | 'day' | 'weekday'>;
const isWorkingDay = (t: Day) => t.weekday >= 1 && t.weekday <= 5 && !isFrenchPublicHoliday(t);
const isStoreDay = (t: Day) => (STORE_HOURS.days as readonly number[]).includes(t.weekday) && !isStoreClosedHoliday(t);

/** `n` working days after the Paris day `t` (n = 0: `t` itself if it is one, else the next one). */
function workingDaysAfter(t: LocalTime, n: number): LocalTime {
  let d = { ...t };
  while (!isWorkingDay(d)) d = addParisDays(d, 1);
  for (let i = 0; i < n; i++) {
    d = addParisDays(d, 1);
    while (!isWorkingDay(d)) d = addParisDays(d, 1);
  }
  return d;
}

/**
 * The first moment a store can have done `minutes` of work on an order placed at `now`: during
 * opening hours, carried over to the next opening when the shop is shut or closes first.
 *
 * @example storeReadyAt(new Date('2026-12-05T08:00:00Z'), 60) // Saturday 9:00 in Paris: ready at 11:00 (10:00Z)
 */
export function storeReadyAt(now: Date, minutes: number): Date {
  const t = parisTime(now);
  const opens = parisInstant(t.year, t.month, t.day, STORE_HOURS.opens);
  const closes = parisInstant(t.year, t.month, t.day, STORE_HOURS.closes);
  if (isStoreDay(t)) {
    const start = now < opens ? opens : now;
    const done = new Date(start.getTime() + minutes * MINUTE);
    if (done <= closes) return done;
  }
  let d = addParisDays(t, 1);
  while (!isStoreDay(d)) d = addParisDays(d, 1);
  return new Date(parisInstant(d.year, d.month, d.day, STORE_HOURS.opens).getTime() + minutes * MINUTE);
}

/** Click and collect: ready from the store's preparation time, collected any time after. */
export function pickupPromise(now: Date): DeliveryPromise {
  const ready = storeReadyAt(now, STORE_PREPARATION_MINUTES).toISOString();
  return { from: ready, by: ready };
}

/** Courier: the store prepares the parcel, the ride follows; "within two hours" during opening hours. */
export function expressPromise(now: Date): DeliveryPromise {
  const ready = storeReadyAt(now, STORE_PREPARATION_MINUTES);
  return { from: ready.toISOString(), by: new Date(ready.getTime() + COURIER_RIDE_MINUTES * MINUTE).toISOString() };
}

/**
 * Carrier delivery: the day the parcel leaves (warehouse: same working day before the cut-off,
 * else the next; a store shipping adds a day), then the carrier's working days for the zone.
 * From 8:00 on the first possible day to 20:00 on the last (Paris time).
 *
 * @example standardPromise(new Date('2026-12-07T09:00:00Z'), 'warehouse', 'metropolitan') // Wed 9 to Thu 10 December
 */
export function standardPromise(now: Date, from: 'warehouse' | 'store', zone: DeliveryZone): DeliveryPromise {
  const t = parisTime(now);
  const sameDay = isWorkingDay(t) && t.hour < WAREHOUSE_CUTOFF_HOUR;
  let leaves = sameDay ? t : workingDaysAfter(addParisDays(t, 1), 0);
  if (from === 'store') leaves = workingDaysAfter(leaves, STORE_DISPATCH_EXTRA_DAYS);
  const [min, max] = CARRIER_DAYS[zone];
  const first = workingDaysAfter(leaves, min);
  const last = workingDaysAfter(leaves, max);
  return {
    from: parisInstant(first.year, first.month, first.day, 8).toISOString(),
    by: parisInstant(last.year, last.month, last.day, 20).toISOString(),
  };
}
