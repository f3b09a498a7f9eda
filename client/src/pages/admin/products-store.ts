import { createStore } from 'zustand/vanilla';
import type { Product } from '../../../../shared/catalogue/product';
import { adminApi, type ProductQuery } from '../../api/admin-api';

export const PAGE_SIZE = 20;

export interface ProductsState {
  query: Required<Pick<ProductQuery, 'page'>> & Omit<ProductQuery, 'page' | 'pageSize'>;
  items: Product[];
  total: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Changes the filters (back to page 1 unless a page is given) and reloads. */
  setQuery(q: Partial<ProductsState['query']>): Promise<void>;
  load(): Promise<void>;
  /** Puts a saved or (un)published product in the list without reloading. */
  put(p: Product): void;
}

let seq = 0;

/**
 * The back office's product list, drafts included: search, category, status, pages.
 *
 * @example await productsStore.getState().setQuery({ q: 'oslo' }); productsStore.getState().items
 */
export const productsStore = createStore<ProductsState>((set, get) => ({
  query: { page: 1 },
  items: [],
  total: 0,
  status: 'idle',
  error: null,
  async setQuery(q) {
    set({ query: { ...get().query, page: 1, ...q } });
    await get().load();
  },
  async load() {
    const mine = ++seq;
    set({ status: 'loading', error: null });
    try {
      const r = await adminApi.products({ ...get().query, pageSize: PAGE_SIZE });
      // Typing fast sends several searches: only the last one's answer counts.
      if (mine === seq) set({ items: r.items, total: r.total, status: 'ready' });
    } catch (e) {
      if (mine === seq) set({ status: 'error', error: (e as Error).message });
    }
  },
  put(p) {
    const items = get().items;
    set({ items: items.some((x) => x.id === p.id) ? items.map((x) => (x.id === p.id ? p : x)) : [p, ...items] });
  },
}));
