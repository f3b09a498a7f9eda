import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { Services } from '../app/services';
import { events, orders } from '../db/schema/commerce';
import { tillPayments } from '../db/schema/stores';
import { buildDashboard, type Dashboard } from '../../shared/dashboard/build-dashboard';
import type { EventRow, OrderRow } from '../../shared/dashboard/dashboard-rows';
import type { Channel } from '../../shared/channel';
import { loadPickupParts } from '../orders/pickup-part-row';

/** Only the event types the figures use; the timeline holds many more. */
const DASHBOARD_EVENTS = ['cart.changed', 'cart.merged', 'product.viewed_in_ar', 'help.accepted'];
/** A bound on what one request reads (the demo's scale; a warehouse of events would be pre-aggregated). */
const MAX_ROWS = 50_000;

/**
 * Reads one period's events and orders and computes the dashboard with the pure functions of
 * shared/dashboard.
 *
 * @example await readDashboard(services, 14)
 */
export async function readDashboard(s: Services, days: number): Promise<Dashboard> {
  const { db } = s.database;
  const to = s.now();
  const from = new Date(to.getTime() - days * 86_400_000);
  const since = from.toISOString();
  const [eventRows, orderRows, tillRows] = await Promise.all([
    db.select({ at: events.at, customerId: events.customerId, channel: events.channel, type: events.type, data: events.data })
      .from(events).where(and(inArray(events.type, DASHBOARD_EVENTS), gte(events.at, since))).orderBy(desc(events.id)).limit(MAX_ROWS),
    db.select().from(orders).where(gte(orders.createdAt, since)).orderBy(desc(orders.createdAt)).limit(MAX_ROWS),
    db.select({ orderId: tillPayments.orderId, storeId: tillPayments.storeId }).from(tillPayments)
      .where(and(eq(tillPayments.status, 'approved'), gte(tillPayments.createdAt, since))),
  ]);
  const parts = await loadPickupParts(db, orderRows.map((r) => r.id));
  const tillStore = new Map(tillRows.flatMap((r) => (r.orderId ? [[r.orderId, r.storeId] as const] : [])));
  const ev: EventRow[] = eventRows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), channel: r.channel as Channel }));
  const ord: OrderRow[] = orderRows.map((r) => ({
    id: r.id,
    number: r.number,
    cartId: r.cartId,
    customerId: r.customerId,
    channel: r.channel as Channel,
    status: r.status,
    total: r.totals.total.amount,
    createdAt: new Date(r.createdAt).toISOString(),
    pickupStoreId: r.pickupStoreId,
    tillStoreId: tillStore.get(r.id) ?? null,
    ...(parts.has(r.id) ? { pickups: parts.get(r.id)!.map((pt) => ({ storeId: pt.storeId, status: pt.status })) } : {}),
    lines: r.lines,
  }));
  const storeIds = s.catalogue.locations.filter((l) => l.kind === 'store').map((l) => l.id);
  return buildDashboard({ events: ev, orders: ord, storeIds, from: since, to: to.toISOString(), days });
}
