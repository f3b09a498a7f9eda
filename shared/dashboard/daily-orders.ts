import { CHANNELS, type Channel } from '../channel';
import { isSale, type OrderRow } from './dashboard-rows';

export interface DailyOrders {
  /** YYYY-MM-DD (UTC). */
  day: string;
  byChannel: Record<Channel, number>;
}

/**
 * Orders per day and channel over the `days` days ending at `to` (oldest first; empty days kept, so
 * a chart's axis has no holes).
 *
 * @example dailyOrders(orders, '2026-05-10T12:00:00Z', 7).map((d) => d.day) // 2026-05-04 ... 2026-05-10
 */
export function dailyOrders(orders: readonly OrderRow[], to: string, days: number): DailyOrders[] {
  const end = new Date(`${to.slice(0, 10)}T00:00:00.000Z`).getTime();
  const out: DailyOrders[] = [];
  const index = new Map<string, DailyOrders>();
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(end - i * 86_400_000).toISOString().slice(0, 10);
    const d = { day, byChannel: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number> };
    out.push(d);
    index.set(day, d);
  }
  for (const o of orders) {
    if (!isSale(o)) continue;
    const d = index.get(o.createdAt.slice(0, 10));
    if (d) d.byChannel[o.channel]++;
  }
  return out;
}
