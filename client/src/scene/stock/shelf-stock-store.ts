import { createStore } from 'zustand/vanilla';
import { storeFacings, type StoreFacings } from '../../../../shared/stock/shelf-facings';
import { catalogueApi } from '../../api/catalogue-api';
import { catalogueStore } from '../../stores/catalogue-store';
import type { StoreWorld } from '../store-world';

/** How often the shelves read the stock again while the store is open and the tab visible. */
export const STOCK_REFRESH_MS = 10_000;
/** The availability endpoint answers up to this many products per call. */
const PER_CALL = 100;

export interface ShelfStockState {
  /** The store whose shelves are shown. */
  storeId: string | null;
  /** Units available at that store, per product; absent until read. */
  available: Record<string, number>;
  /** Units available at every location, per product: where a product lacking here can be found. */
  where: Record<string, { locationId: string; available: number }[]>;
  /** Rises with each reading, so views recompute only when something was read. */
  revision: number;
}

/**
 * The stock of the store being walked, as last read: what the shelves show full or empty.
 *
 * @example shelfStockStore.getState().available['chair-loire'] // 0 at Lyon
 */
export const shelfStockStore = createStore<ShelfStockState>(() => ({ storeId: null, available: {}, where: {}, revision: 0 }));

async function read(storeId: string, productIds: readonly string[]): Promise<void> {
  const chunks: string[][] = [];
  for (let i = 0; i < productIds.length; i += PER_CALL) chunks.push(productIds.slice(i, i + PER_CALL));
  const answers = await Promise.all(chunks.map((ids) => catalogueApi.availabilityOf(ids)));
  if (shelfStockStore.getState().storeId !== storeId) return;
  const available: Record<string, number> = {};
  const where: ShelfStockState['where'] = {};
  for (const { items } of answers) {
    for (const a of items) {
      available[a.productId] = a.items.find((x) => x.locationId === storeId)?.available ?? 0;
      where[a.productId] = a.items;
    }
  }
  const before = shelfStockStore.getState();
  // Same numbers as before: nothing to redraw.
  if (JSON.stringify(before.available) === JSON.stringify(available) && JSON.stringify(before.where) === JSON.stringify(where)) return;
  shelfStockStore.setState({ available, where, revision: before.revision + 1 });
}

/**
 * Follows the stock of `storeId` for these products: read now, again every few seconds while the
 * tab is visible, when the tab comes back, and when the merchant changes the catalogue (the
 * catalogue's event stream), so the shelves change while the customer walks.
 *
 * @example const stop = followShelfStock('store-lyon', products.map((p) => p.id))
 */
export function followShelfStock(storeId: string, productIds: readonly string[]): () => void {
  if (shelfStockStore.getState().storeId !== storeId) shelfStockStore.setState({ storeId, available: {}, where: {}, revision: shelfStockStore.getState().revision + 1 });
  const again = () => void read(storeId, productIds).catch(() => undefined);
  again();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') again();
  }, STOCK_REFRESH_MS);
  const onVisible = () => document.visibilityState === 'visible' && again();
  document.addEventListener('visibilitychange', onVisible);
  const stopCatalogue = catalogueStore.subscribe((s, prev) => {
    if (s.revision !== prev.revision) again();
  });
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    stopCatalogue();
  };
}

let cached: { world: StoreWorld; revision: number; facings: StoreFacings } | null = null;

/**
 * Which places of this store's shelves are drawn full and which carry an empty tag, for the stock
 * as last read (computed once per reading, shared by the renderer, the picker and the tags).
 *
 * @example facingsOf(world).full[i] === 0 // item i is an empty place
 */
export function facingsOf(world: StoreWorld, s: ShelfStockState = shelfStockStore.getState()): StoreFacings {
  if (cached && cached.world === world && cached.revision === s.revision) return cached.facings;
  // No reading yet: the shelves as planned (undefined stock).
  const known = s.storeId !== null && Object.keys(s.where).length > 0;
  const facings = storeFacings(world.items.length, world.shelves, (id) => (known ? (s.available[id] ?? 0) : undefined));
  cached = { world, revision: s.revision, facings };
  return facings;
}

/**
 * An empty place that cannot be pointed at: emptied for lack of stock and not the one carrying the
 * tag (which opens the product, with where to find it).
 *
 * @example target.skip = (i) => emptyUntagged(world, i)
 */
export function emptyUntagged(world: StoreWorld, index: number): boolean {
  const f = facingsOf(world);
  return f.full[index] === 0 && !f.tags.some((t) => t.index === index);
}
