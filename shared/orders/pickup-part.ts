import { z } from 'zod';
import { MoneySchema } from '../money';
import type { OrderLine, OrderStatus } from './order';
import { PartCancelReasonSchema } from './part-cancellation';

/** A pickup part's life at its store's desk: the order statuses a desk deals in. */
export const PICKUP_PART_STATUSES = ['placed', 'ready_for_pickup', 'picked_up', 'cancelled'] as const;
export const PickupPartStatusSchema = z.enum(PICKUP_PART_STATUSES);
export type PickupPartStatus = z.infer<typeof PickupPartStatusSchema>;

/**
 * The lines of an order collected at one store, with that store's own code and state: an order
 * collected at Paris and at Lyon has two parts, each prepared and handed over at its own desk.
 */
export const PickupPartSchema = z.object({
  storeId: z.string(),
  /** Shown by the customer at this store's desk; only the customer, this store's staff and admins see it. */
  code: z.string().optional(),
  status: PickupPartStatusSchema,
  /** The order's lines waiting at this store (ids into `Order.lines`). */
  lineIds: z.array(z.string()),
  /** Not collected by then, the part is released back to stock. */
  pickupBy: z.string().optional(),
  /**
   * Set when this part was paid at its own desk (an order paid at pickup is paid part by part,
   * each desk charging its part's amount, see pickup-part-amounts.ts): the till payment and amount.
   */
  paid: z.object({ paymentId: z.string(), amount: MoneySchema }).optional(),
  /** Why the part was cancelled (set with `cancelled`). */
  cancelReason: PartCancelReasonSchema.optional(),
  /** What its cancellation gave back to the customer, when anything had been paid for it. */
  refunded: MoneySchema.optional(),
  updatedAt: z.string(),
});
export type PickupPart = z.infer<typeof PickupPartSchema>;

/**
 * Groups an order's pickup lines into parts, one per store, in the order stores first appear.
 * "Take now" lines leave at the till and wait at no desk, so they belong to no part.
 *
 * @example groupPickupParts(order.lines, () => '482913', now) // [{ storeId: 'store-paris', ... }, { storeId: 'store-lyon', ... }]
 */
export function groupPickupParts(lines: readonly OrderLine[], newCode: () => string, at: string): PickupPart[] {
  const byStore = new Map<string, string[]>();
  for (const l of lines) {
    if (l.fulfilment.type !== 'pickup' || l.fulfilment.takeNow || l.handedOverAt) continue;
    const ids = byStore.get(l.fulfilment.locationId) ?? [];
    ids.push(l.id);
    byStore.set(l.fulfilment.locationId, ids);
  }
  const used = new Set<string>();
  return [...byStore].map(([storeId, lineIds]) => {
    // Codes differ within an order, so a code read out at one desk never opens another part.
    let code = newCode();
    while (used.has(code)) code = newCode();
    used.add(code);
    return { storeId, code, status: 'placed' as const, lineIds, updatedAt: at };
  });
}

const NEXT: Record<PickupPartStatus, readonly PickupPartStatus[]> = {
  placed: ['ready_for_pickup', 'cancelled'],
  ready_for_pickup: ['picked_up', 'cancelled'],
  picked_up: [],
  cancelled: [],
};

/** @example canMovePart({ status: 'placed' }, 'ready_for_pickup') // true */
export function canMovePart(part: Pick<PickupPart, 'status'>, to: OrderStatus): to is PickupPartStatus {
  return (NEXT[part.status] as readonly string[]).includes(to);
}

/** Whether the part is done with: handed over or released. */
export function isPartFinal(status: PickupPartStatus): boolean {
  return NEXT[status].length === 0;
}

/**
 * The order's overall status from its parts: placed while a desk still has a part to prepare,
 * ready once every part left waits for the customer, picked up once every part is done and one
 * was collected, cancelled when all were released. An order with no part keeps its own status
 * (shipped lines, or everything taken at the till). Lines shipped in the same order travel with
 * it, as before: they leave when the order is complete.
 *
 * @example orderStatusFromParts([{ status: 'picked_up' }, { status: 'ready_for_pickup' }], 'placed') // 'ready_for_pickup'
 */
export function orderStatusFromParts(parts: readonly Pick<PickupPart, 'status'>[], own: OrderStatus): OrderStatus {
  if (!parts.length) return own;
  if (parts.some((p) => p.status === 'placed')) return 'placed';
  if (parts.some((p) => p.status === 'ready_for_pickup')) return 'ready_for_pickup';
  return parts.some((p) => p.status === 'picked_up') ? 'picked_up' : 'cancelled';
}

/** The units a part holds at its store, per product: what leaves the shelf when it is handed over. */
export function partUnits(part: Pick<PickupPart, 'lineIds'>, lines: readonly OrderLine[]): { productId: string; qty: number }[] {
  const ids = new Set(part.lineIds);
  const qty = new Map<string, number>();
  for (const l of lines) if (ids.has(l.id)) qty.set(l.productId, (qty.get(l.productId) ?? 0) + l.qty);
  return [...qty].sort(([a], [b]) => a.localeCompare(b)).map(([productId, q]) => ({ productId, qty: q }));
}
