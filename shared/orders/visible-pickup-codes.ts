import type { Order } from './order';
import type { OrderVisibility } from './order-permissions';

/**
 * The order with only the pickup codes this viewer may read: none without the code right, and at
 * a store's desk only that store's part's code (Lyon's code read out at Paris opens nothing).
 *
 * @example visiblePickupCodes(order, 'full', 'store-lyon').pickups // Paris's part without its code
 */
export function visiblePickupCodes<T extends Order>(order: T, seen: Exclude<OrderVisibility, 'none'>, deskStoreId?: string): T {
  const { pickupCode, pickups, ...rest } = order;
  const keep = (storeId: string) => seen === 'full' && (deskStoreId === undefined || deskStoreId === storeId);
  const parts = pickups?.map(({ code, ...p }) => (code !== undefined && keep(p.storeId) ? { ...p, code } : p));
  const single = pickups && pickups.length === 1 ? keep(pickups[0]!.storeId) : seen === 'full';
  return { ...rest, ...(pickupCode !== undefined && single ? { pickupCode } : {}), ...(parts ? { pickups: parts } : {}) } as T;
}
