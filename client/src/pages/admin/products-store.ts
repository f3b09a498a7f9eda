import { createStore } from 'zustand/vanilla';
import type { Product } from '../../../../shared/catalogue/product';
import { adminApi, type ProductQuery } from '../../api/admin-api';
import { pagedList, type PagedList } from './paged-list';

export const PAGE_SIZE = 20;

type ProductListQuery = Required<Pick<ProductQuery, 'page'>> & Omit<ProductQuery, 'page' | 'pageSize'>;

export interface ProductsState extends PagedList<ProductListQuery, Product> {
  /** Puts a saved or (un)published product in the list without reloading. */
  put(p: Product): void;
}

/**
 * The back office's product list, drafts included: search, category, status, pages.
 *
 * @example await productsStore.getState().setQuery({ q: 'oslo' }); productsStore.getState().items
 */
export const productsStore = createStore<ProductsState>((set, get) => ({
  ...pagedList(set, get, (q) => adminApi.products({ ...q, pageSize: PAGE_SIZE })),
  put(p) {
    const items = get().items;
    set({ items: items.some((x) => x.id === p.id) ? items.map((x) => (x.id === p.id ? p : x)) : [p, ...items] });
  },
}));
