import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orderPickups } from '../db/schema/commerce';
import type { PickupPart } from '../../shared/orders/pickup-part';
import { DEFAULT_CURRENCY } from '../../shared/money';

type PartRow = typeof orderPickups.$inferSelect;

/** A part as read; a paid or refunded amount is in euros here, and in the order's currency once `orderFromRow` joins them. */
export function partFromRow(r: PartRow): PickupPart {
  return {
    storeId: r.storeId,
    code: r.code,
    status: r.status,
    lineIds: r.lineIds,
    ...(r.pickupBy ? { pickupBy: new Date(r.pickupBy).toISOString() } : {}),
    ...(r.paymentId && r.paidAmount !== null ? { paid: { paymentId: r.paymentId, amount: { amount: r.paidAmount, currency: DEFAULT_CURRENCY } } } : {}),
    ...(r.cancelReason ? { cancelReason: r.cancelReason } : {}),
    ...(r.refundedAmount ? { refunded: { amount: r.refundedAmount, currency: DEFAULT_CURRENCY } } : {}),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/**
 * The pickup parts of these orders, by order id, each order's parts in the order its lines list them.
 *
 * @example (await loadPickupParts(db, [order.id])).get(order.id) // [{ storeId: 'store-paris', ... }]
 */
export async function loadPickupParts(db: Pick<Db, 'select'>, orderIds: readonly string[]): Promise<Map<string, PickupPart[]>> {
  const out = new Map<string, PickupPart[]>();
  if (!orderIds.length) return out;
  const rows = await db.select().from(orderPickups).where(inArray(orderPickups.orderId, [...new Set(orderIds)]));
  for (const r of rows) {
    const list = out.get(r.orderId) ?? [];
    list.push(partFromRow(r));
    out.set(r.orderId, list);
  }
  return out;
}
