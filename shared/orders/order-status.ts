import type { Order, OrderStatus } from './order';

/** What each status may become. `picked_up`, `shipped` and `cancelled` are final. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ['ready_for_pickup', 'shipped', 'cancelled'],
  ready_for_pickup: ['picked_up', 'cancelled'],
  picked_up: [],
  shipped: [],
  cancelled: [],
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether an order may move to `to`. Pickup orders go through the desk (`ready_for_pickup`,
 * then `picked_up`); orders with nothing to pick up are `shipped`. An order that mixes both is
 * handed over at the desk, and its ship lines leave the warehouse when it is marked ready.
 *
 * @example canTransition(order, 'shipped') // { ok: false, message: '...' } for a pickup order
 */
export function canTransition(order: Pick<Order, 'status' | 'lines'>, to: OrderStatus): TransitionCheck {
  if (!NEXT[order.status].includes(to)) {
    return { ok: false, message: `an order that is ${order.status} cannot become ${to}` };
  }
  // Lines already handed over at the till are not waiting at any desk.
  const hasPickup = order.lines.some((l) => l.fulfilment.type === 'pickup' && !l.handedOverAt);
  if (to === 'ready_for_pickup' && !hasPickup) return { ok: false, message: 'this order has nothing to pick up' };
  if (to === 'shipped' && hasPickup) return { ok: false, message: 'this order is collected in store, not shipped' };
  // Part of it already left with the customer at the till: that sale stands.
  if (to === 'cancelled' && order.lines.some((l) => l.handedOverAt)) return { ok: false, message: 'part of this order was handed over at the till' };
  return { ok: true };
}

/** Statuses after which the order's reserved stock has left the building (or gone back to the shelf). */
export function isFinal(status: OrderStatus): boolean {
  return NEXT[status].length === 0;
}
