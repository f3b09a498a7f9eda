import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders } from '../db/schema/commerce';
import type { ShippingAddress } from '../../shared/delivery/delivery-schemas';

/** How many past addresses a customer is offered. */
const SAVED_ADDRESSES = 5;

/**
 * A signed-in customer's delivery addresses: the ones their orders went to, latest first, each
 * once. Kept with the orders, so they follow the account to every device.
 *
 * @example await savedAddresses(db, 'u-camille') // [{ name: 'Camille Martin', line1: ..., postcode: '75004', ... }]
 */
export async function savedAddresses(db: Pick<Db, 'select'>, customerId: string): Promise<ShippingAddress[]> {
  const rows = await db.select({ a: orders.shippingAddress }).from(orders)
    .where(and(eq(orders.customerId, customerId), isNotNull(orders.shippingAddress)))
    .orderBy(desc(orders.createdAt)).limit(100);
  const seen = new Map<string, ShippingAddress>();
  for (const { a } of rows) {
    if (!a) continue;
    const key = [a.name, a.line1, a.line2 ?? '', a.postcode, a.city, a.country].map((x) => x.trim().toLowerCase()).join('|');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()].slice(0, SAVED_ADDRESSES);
}
