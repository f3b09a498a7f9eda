import { isSale, type OrderRow } from './dashboard-rows';

export interface StoreStats {
  storeId: string;
  /** Sales paid at this store's till, and their amount. */
  tillOrders: number;
  tillRevenue: number;
  /** Orders with something to collect at this store's desk (click and collect). */
  clickAndCollect: number;
  /** At the desk now: placed (to prepare) and ready (waiting for the customer). */
  pickupsToPrepare: number;
  pickupsReady: number;
  collected: number;
  /** Cancelled or not collected in time. */
  released: number;
}

const waitsAt = (o: OrderRow, storeId: string) =>
  o.lines.some((l) => l.fulfilment.type === 'pickup' && l.fulfilment.locationId === storeId && !l.handedOverAt);

/**
 * What each store did: till sales, and the click-and-collect desk's state.
 *
 * @example storeActivity(orders, ['store-lyon']).find((s) => s.storeId === 'store-lyon')?.pickupsReady
 */
export function storeActivity(orders: readonly OrderRow[], storeIds: readonly string[]): StoreStats[] {
  return storeIds.map((storeId) => {
    const till = orders.filter((o) => o.tillStoreId === storeId && isSale(o));
    // Each order's part at this store, as it stands there (orders read before parts: the order itself).
    const desk = orders.flatMap((o): { status: OrderRow['status'] }[] => {
      if (o.tillStoreId === storeId) return [];
      if (o.pickups) return o.pickups.filter((p) => p.storeId === storeId);
      return o.pickupStoreId === storeId && (waitsAt(o, storeId) || o.status === 'picked_up') ? [o] : [];
    });
    return {
      storeId,
      tillOrders: till.length,
      tillRevenue: till.reduce((s, o) => s + o.total, 0),
      clickAndCollect: desk.length,
      pickupsToPrepare: desk.filter((o) => o.status === 'placed').length,
      pickupsReady: desk.filter((o) => o.status === 'ready_for_pickup').length,
      collected: desk.filter((o) => o.status === 'picked_up').length,
      released: desk.filter((o) => o.status === 'cancelled').length,
    };
  });
}
