import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import { orderFromRow } from './order-row';

export async function findOrder(db: Pick<Db, 'select'>, id: string): Promise<(Order & { pickupStoreId: string | null }) | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return row ? { ...orderFromRow(row), pickupStoreId: row.pickupStoreId } : undefined;
}

export async function listCustomerOrders(db: Db, customerId: string): Promise<Order[]> {
  const rows = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(desc(orders.createdAt)).limit(200);
  return rows.map(orderFromRow);
}
