import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import { orderFromRow } from './order-row';
import { loadPickupParts } from './pickup-part-row';

export async function findOrder(db: Pick<Db, 'select'>, id: string): Promise<(Order & { pickupStoreId: string | null }) | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  if (!row) return undefined;
  const parts = await loadPickupParts(db, [row.id]);
  return { ...orderFromRow(row, parts.get(row.id)), pickupStoreId: row.pickupStoreId };
}

export async function listCustomerOrders(db: Db, customerId: string): Promise<Order[]> {
  const rows = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(desc(orders.createdAt)).limit(200);
  const parts = await loadPickupParts(db, rows.map((r) => r.id));
  return rows.map((r) => orderFromRow(r, parts.get(r.id)));
}
