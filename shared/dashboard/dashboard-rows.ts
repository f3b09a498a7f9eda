import type { Channel } from '../channel';
import type { OrderStatus } from '../orders/order';
import type { Fulfilment } from '../cart/fulfilment';

/** One timeline event, as the dashboard reads it (see shared/timeline/timeline-event.ts). */
export interface EventRow {
  at: string;
  customerId: string;
  channel: Channel;
  type: string;
  data: Record<string, unknown>;
}

/** One order, as the dashboard reads it. Money in minor units of `currency`. */
export interface OrderRow {
  id: string;
  /** The human order number (VT-000123) shown for the order. */
  number?: string;
  cartId: string;
  customerId: string;
  channel: Channel;
  status: OrderStatus;
  total: number;
  createdAt: string;
  /** The store whose desk hands it over, if any. */
  pickupStoreId: string | null;
  /** Each store's part of the pickup lines and its state (an order collected at two stores counts at both). */
  pickups?: { storeId: string; status: OrderStatus }[];
  /** The store whose till took the payment, if it was paid at a till. */
  tillStoreId: string | null;
  lines: {
    productId: string;
    qty: number;
    fulfilment: Fulfilment;
    addedBy?: { role: 'advisor' | 'clerk'; userId: string; name?: string };
    handedOverAt?: string;
  }[];
}

/** A share that is honest about an empty denominator. @example ratio(1, 4) // 0.25 */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** Counted orders: a cancelled order was never a sale. */
export function isSale(o: Pick<OrderRow, 'status'>): boolean {
  return o.status !== 'cancelled';
}

/** Product ids added by the commands of a `cart.changed` event. */
export function addedProducts(e: EventRow): string[] {
  const commands = Array.isArray(e.data.commands) ? (e.data.commands as { type?: unknown; productId?: unknown }[]) : [];
  return commands.flatMap((c) => (c && c.type === 'addLine' && typeof c.productId === 'string' ? [c.productId] : []));
}
