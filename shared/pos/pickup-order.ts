import type { Order, OrderLine } from '../orders/order';
import type { Money } from '../money';
import { partAmountAt } from '../orders/pickup-part-amounts';

/** An order as the pickup desk of one store sees it: never with its pickup code, which the customer must show. */
export interface PickupOrder {
  id: string;
  /** The order number the customer reads out (VT-000123). */
  number: string;
  status: Order['status'];
  customer: { id: string; name?: string; guest: boolean };
  /** Lines waiting at this desk (handed-over and other stores' lines left out). */
  lines: OrderLine[];
  /** Lines of the order that leave some other way (shipped, another store, already handed over). */
  otherLines: number;
  totals: Order['totals'];
  /**
   * What this store's part is worth (shared/orders/pickup-part-amounts.ts): for an order paid at
   * pickup, what this desk charges (the parts carry the whole order); otherwise what its goods cost.
   */
  amount: Money;
  /** Set while this desk still has to charge its part (`amount`) before handing it over. */
  due?: Money;
  /** What cancelling this store's part gave back to the customer. */
  refunded?: Money;
  payment: Order['payment'];
  pickupBy?: string;
  createdAt: string;
  updatedAt: string;
}

/** Statuses an order has while it still waits at a desk. */
export const WAITING_STATUSES: readonly Order['status'][] = ['placed', 'ready_for_pickup'];

/**
 * What of `order` waits at `storeId`'s desk, or nothing when no line does.
 *
 * @example pickupView(order, 'store-lyon', { id: 'u-camille', name: 'Camille', guest: false })
 */
export function pickupView(order: Order, storeId: string, customer: PickupOrder['customer']): PickupOrder | undefined {
  // This store's part: its lines and its own state, whatever the order's other stores do.
  const part = order.pickups?.find((p) => p.storeId === storeId);
  const ids = part && new Set(part.lineIds);
  const here = order.lines.filter((l) => (ids ? ids.has(l.id) : l.fulfilment.type === 'pickup' && l.fulfilment.locationId === storeId && !l.handedOverAt));
  if (!here.length) return undefined;
  const pickupBy = part ? part.pickupBy : order.pickupBy;
  const due = order.payment.status === 'due_at_pickup' && !part?.paid;
  const amount = (part && partAmountAt(order, storeId, { rest: due ? 'parts' : 'apart' })) ?? order.totals.total;
  return {
    id: order.id,
    number: order.number,
    status: part?.status ?? order.status,
    customer,
    lines: here,
    otherLines: order.lines.length - here.length,
    totals: order.totals,
    amount,
    ...(due ? { due: amount } : {}),
    ...(part?.refunded ? { refunded: part.refunded } : {}),
    payment: order.payment,
    ...(pickupBy ? { pickupBy } : {}),
    createdAt: order.createdAt,
    updatedAt: part?.updatedAt ?? order.updatedAt,
  };
}

/** Ready orders first (the customer may be at the desk), then oldest first: the order a desk works in. */
export function sortForDesk(a: PickupOrder, b: PickupOrder): number {
  const rank = (o: PickupOrder) => (o.status === 'ready_for_pickup' ? 0 : o.status === 'placed' ? 1 : 2);
  return rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt);
}
