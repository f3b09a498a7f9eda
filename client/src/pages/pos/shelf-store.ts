import { createStore } from 'zustand/vanilla';
import type { StoreStockRow } from '../../../../shared/pos/store-stock';
import { storeApi } from '../../api/store-api';

export interface ShelfState {
  storeId: string | null;
  rows: Record<string, StoreStockRow>;
  loadedAt: number;
  /** Reads this store's stock (on hand, reserved, available per product). */
  load(storeId: string): Promise<void>;
  /** Takes rows answered by receive/count. */
  put(rows: StoreStockRow[]): void;
}

/** What is on this store's shelves, for the till's hints and the stock screen. */
export const shelfStore = createStore<ShelfState>((set, get) => ({
  storeId: null,
  rows: {},
  loadedAt: 0,
  async load(storeId) {
    const r = await storeApi.stock(storeId);
    set({ storeId, rows: Object.fromEntries(r.items.map((x) => [x.productId, x])), loadedAt: Date.now() });
  },
  put(rows) {
    set({ rows: { ...get().rows, ...Object.fromEntries(rows.map((x) => [x.productId, x])) } });
  },
}));
