import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders, users } from '../db/schema/commerce';
import { orderFromRow } from '../orders/order-row';
import { pickupView, sortForDesk, WAITING_STATUSES, type PickupOrder } from '../../shared/pos/pickup-order';

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
 * The pickup desk's list: every order with a line to collect at this store.
 *
 * @example const { waiting } = await listStorePickups(db, 'store-lyon', new Date());
 */
export async function listStorePickups(db: Pick<Db, 'select'>, storeId: string, now: Date): Promise<StorePickups> {
  const since = new Date(now.getTime() - RECENT_HOURS * 3600_000).toISOString();
  const [open, done] = await Promise.all([
    db.select().from(orders).where(and(eq(orders.pickupStoreId, storeId), inArray(orders.status, [...WAITING_STATUSES]))).orderBy(orders.createdAt).limit(200),
    db.select().from(orders)
      .where(and(eq(orders.pickupStoreId, storeId), inArray(orders.status, ['picked_up', 'cancelled']), gt(orders.updatedAt, since)))
      .orderBy(desc(orders.updatedAt)).limit(20),
  ]);
  const ids = [...new Set([...open, ...done].map((o) => o.customerId))];
  const people = ids.length ? await db.select({ id: users.id, name: users.name, guest: users.guest }).from(users).where(inArray(users.id, ids)) : [];
  const byId = new Map(people.map((u) => [u.id, { id: u.id, ...(u.name ? { name: u.name } : {}), guest: u.guest }]));
  const view = (rows: typeof open) =>
    rows.flatMap((r) => {
      const v = pickupView(orderFromRow(r), storeId, byId.get(r.customerId) ?? { id: r.customerId, guest: true });
      return v ? [v] : [];
    });
  return { storeId, waiting: view(open).sort(sortForDesk), recent: view(done) };
}
