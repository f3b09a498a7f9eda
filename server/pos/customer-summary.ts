import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders, users } from '../db/schema/commerce';
import type { CustomerSummary } from '../../shared/pos/till-api';
import { money } from '../../shared/money';

/** Who the till or the advisor is serving: name, and what they bought so far (not cancelled). */
export async function customerSummary(db: Pick<Db, 'select'>, customerId: string): Promise<CustomerSummary | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, customerId)).limit(1);
  if (u?.role !== 'customer') return undefined;
  const [agg] = await db
    .select({ n: sql<number>`count(*)::int`, spent: sql<number>`coalesce(sum((${orders.totals}->'total'->>'amount')::bigint), 0)::bigint` })
    .from(orders)
    .where(and(eq(orders.customerId, customerId), ne(orders.status, 'cancelled')));
  return {
    id: u.id,
    ...(u.name ? { name: u.name } : {}),
    guest: u.guest,
    orders: Number(agg?.n ?? 0),
    spent: money(Number(agg?.spent ?? 0)),
    firstSeen: new Date(u.createdAt).toISOString(),
  };
}
