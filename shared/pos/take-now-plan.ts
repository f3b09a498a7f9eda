import type { Order, OrderLine } from '../orders/order';
import { isTakeNow } from '../cart/fulfilment';

export interface TakeNowPlan {
  lineIds: string[];
  /** Units leaving this store's shelf, one entry per product, in product order (the lock order of stock rows). */
  products: { productId: string; qty: number }[];
}

/**
 * The lines of a freshly paid order that the till hands over at once: "take now" lines of this store.
 *
 * @example takeNowPlan(order.lines, 'store-lyon') // { lineIds: ['l1'], products: [{ productId: 'lamp-bulle', qty: 1 }] }
 */
export function takeNowPlan(lines: readonly OrderLine[], storeId: string): TakeNowPlan {
  const mine = lines.filter((l) => isTakeNow(l.fulfilment) && l.fulfilment.locationId === storeId && !l.handedOverAt);
  const qty = new Map<string, number>();
  for (const l of mine) qty.set(l.productId, (qty.get(l.productId) ?? 0) + l.qty);
  return {
    lineIds: mine.map((l) => l.id),
    products: [...qty].sort(([a], [b]) => a.localeCompare(b)).map(([productId, q]) => ({ productId, qty: q })),
  };
}

/** Marks lines handed over; an order with nothing left to hand over or ship is complete. */
export function markHandedOver(order: Order, lineIds: readonly string[], at: string): { order: Order; complete: boolean } {
  const ids = new Set(lineIds);
  const lines = order.lines.map((l) => (ids.has(l.id) ? { ...l, handedOverAt: at } : l));
  return { order: { ...order, lines }, complete: lines.every((l) => l.handedOverAt) };
}
