import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orderPickups, orders, users } from '../db/schema/commerce';
import { orderFromRow } from '../orders/order-row';
import { loadPickupParts } from '../orders/pickup-part-row';
import { pickupView, sortForDesk, WAITING_STATUSES, type PickupOrder } from '../../shared/pos/pickup-order';
import type { PickupPartStatus } from '../../shared/orders/pickup-part';

/** How far back the desk's "recently collected or released" list goes. */
const RECENT_HOURS = 12;

export interface StorePickups {
  storeId: string;
  /** Placed (to prepare) and ready (waiting for the customer), ready first. */
  waiting: PickupOrder[];
  /** Handed over or released in the last hours, newest first. */
  recent: PickupOrder[];
}

/**
 * The pickup desk's list: every order with a part to collect at this store, as that part stands.
 *
 * @example const { waiting } = await listStorePickups(db, 'store-lyon', new Date());
 */
export async function listStorePickups(db: Pick<Db, 'select'>, storeId: string, now: Date): Promise<StorePickups> {
  const since = new Date(now.getTime() - RECENT_HOURS * 3600_000).toISOString();
  const partsHere = (statuses: PickupPartStatus[]) => and(eq(orderPickups.storeId, storeId), inArray(orderPickups.status, statuses));
  const [open, done] = await Promise.all([
    db.select({ o: orders }).from(orderPickups).innerJoin(orders, eq(orders.id, orderPickups.orderId))
      .where(partsHere(WAITING_STATUSES as PickupPartStatus[])).orderBy(orders.createdAt).limit(200),
    db.select({ o: orders }).from(orderPickups).innerJoin(orders, eq(orders.id, orderPickups.orderId))
      .where(and(partsHere(['picked_up', 'cancelled']), gt(orderPickups.updatedAt, since)))
      .orderBy(desc(orderPickups.updatedAt)).limit(20),
  ]);
  const rows = [...open, ...done].map((r) => r.o);
  const parts = await loadPickupParts(db, rows.map((r) => r.id));
  const ids = [...new Set(rows.map((o) => o.customerId))];
  const people = ids.length ? await db.select({ id: users.id, name: users.name, guest: users.guest }).from(users).where(inArray(users.id, ids)) : [];
  const byId = new Map(people.map((u) => [u.id, { id: u.id, ...(u.name ? { name: u.name } : {}), guest: u.guest }]));
  const view = (list: typeof open) =>
    list.flatMap(({ o: r }) => {
      const v = pickupView(orderFromRow(r, parts.get(r.id)), storeId, byId.get(r.customerId) ?? { id: r.customerId, guest: true });
      return v ? [v] : [];
    });
  return { storeId, waiting: view(open).sort(sortForDesk), recent: view(done) };
}
