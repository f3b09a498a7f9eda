import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import type { Principal } from '../auth/tokens';
import { orderFromRow } from './order-row';

export async function findOrder(db: Pick<Db, 'select'>, id: string): Promise<(Order & { pickupStoreId: string | null }) | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).limit(1);
  return row ? { ...orderFromRow(row), pickupStoreId: row.pickupStoreId } : undefined;
}

export async function listCustomerOrders(db: Db, customerId: string): Promise<Order[]> {
  const rows = await db.select().from(orders).where(eq(orders.customerId, customerId)).orderBy(desc(orders.createdAt)).limit(200);
  return rows.map(orderFromRow);
}

/**
 * Who may see an order: its customer, advisors and admins, and clerks of the store that hands it over.
 * Clerks see the pickup code only because they must check it against the customer's.
 */
export function canSeeOrder(p: Principal, order: Pick<Order, 'customerId'> & { pickupStoreId: string | null }): boolean {
  if (p.role === 'customer') return order.customerId === p.userId;
  if (p.role === 'clerk') return !!p.storeId && order.pickupStoreId === p.storeId;
  return true;
}
