import { isSale, type EventRow, type OrderRow } from './dashboard-rows';

/** A help session counts for an order placed within this time after the advisor took it. */
export const ASSIST_WINDOW_MS = 24 * 3600_000;

export interface AdvisorStats {
  advisorId: string;
  name?: string;
  /** Help requests this advisor took. */
  sessions: number;
  assistedOrders: number;
  assistedRevenue: number;
}

/**
 * Sales assisted by each advisor: an order is theirs when a line in it was added by them, or when
 * they took the customer's help request within the day before the order. An order assisted by two
 * advisors counts for both.
 *
 * @example assistedSales(events, orders)[0] // { advisorId: 'u-ines', assistedOrders: 3, ... }
 */
export function assistedSales(events: readonly EventRow[], orders: readonly OrderRow[]): AdvisorStats[] {
  const stats = new Map<string, AdvisorStats>();
  const get = (id: string, name?: string) => {
    const s = stats.get(id) ?? { advisorId: id, sessions: 0, assistedOrders: 0, assistedRevenue: 0 };
    if (name && !s.name) s.name = name;
    stats.set(id, s);
    return s;
  };
  const helped = new Map<string, { advisorId: string; at: number }[]>();
  for (const e of events) {
    if (e.type !== 'help.accepted') continue;
    const a = e.data.advisor as { id?: unknown; name?: unknown } | undefined;
    if (!a || typeof a.id !== 'string') continue;
    get(a.id, typeof a.name === 'string' ? a.name : undefined).sessions++;
    const list = helped.get(e.customerId) ?? [];
    list.push({ advisorId: a.id, at: Date.parse(e.at) });
    helped.set(e.customerId, list);
  }
  for (const o of orders) {
    if (!isSale(o)) continue;
    const at = Date.parse(o.createdAt);
    const who = new Map<string, string | undefined>();
    for (const l of o.lines) if (l.addedBy?.role === 'advisor') who.set(l.addedBy.userId, l.addedBy.name);
    for (const h of helped.get(o.customerId) ?? []) if (h.at <= at && at - h.at <= ASSIST_WINDOW_MS && !who.has(h.advisorId)) who.set(h.advisorId, undefined);
    for (const [id, name] of who) {
      const s = get(id, name);
      s.assistedOrders++;
      s.assistedRevenue += o.total;
    }
  }
  return [...stats.values()].sort((a, b) => b.assistedRevenue - a.assistedRevenue || a.advisorId.localeCompare(b.advisorId));
}
