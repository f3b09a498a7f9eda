import { createStore } from 'zustand/vanilla';
import type { Category, Product } from '../../../shared/catalogue/product';
import { PRICE_BANDS, type ProductSort, type SearchFacets } from '../../../shared/catalogue/product-search';
import { catalogueApi } from '../api/catalogue-api';
import { catalogueStore } from './catalogue-store';

/** Products per page of the storefront grid. */
export const SEARCH_PAGE_SIZE = 48;

export interface SearchQuery {
  q?: string;
  category?: Category;
  /** Index into PRICE_BANDS. */
  priceBand?: number;
  /** Only what the chosen store has on its shelves now. */
  inStore?: boolean;
  storeId?: string;
  /** Best match first when absent. */
  sort?: ProductSort;
}

export interface SearchState {
  /** The query the results below answer. */
  key: string | null;
  ids: string[];
  total: number;
  facets: SearchFacets | null;
  pages: number;
  loading: boolean;
  failed: boolean;
  /** Runs a new search (first page), unless the same one is already shown. */
  run(query: SearchQuery, force?: boolean): Promise<void>;
  /** Appends the next page. */
  more(): Promise<void>;
}

export const searchKey = (q: SearchQuery) => JSON.stringify([q.q ?? '', q.category ?? '', q.priceBand ?? -1, !!q.inStore, q.storeId ?? '', q.sort ?? 'relevance']);

function params(q: SearchQuery, page: number) {
  const band = q.priceBand === undefined ? undefined : PRICE_BANDS[q.priceBand];
  return {
    q: q.q, category: q.category, storeId: q.storeId, inStock: !!(q.inStore && q.storeId),
    priceMin: band?.min || undefined, priceMax: band?.max ?? undefined, page, pageSize: SEARCH_PAGE_SIZE, sort: q.sort,
  };
}

let current: SearchQuery = {};
let ticket = 0;

function keep(items: Product[]) {
  catalogueStore.setState((s) => ({ products: { ...s.products, ...Object.fromEntries(items.map((p) => [p.id, p])) } }));
}

/**
 * The storefront's search: one page at a time with facet counts, products kept in the catalogue
 * store for the other pages. A merchant's change (catalogue revision) runs the search again.
 *
 * @example await searchStore.getState().run({ q: 'fauteuil', category: 'armchairs' })
 */
export const searchStore = createStore<SearchState>((set, get) => ({
  key: null,
  ids: [],
  total: 0,
  facets: null,
  pages: 0,
  loading: false,
  failed: false,

  async run(query, force = false) {
    const key = searchKey(query);
    if (!force && key === get().key && !get().failed) return;
    current = query;
    const mine = ++ticket;
    set({ key, loading: true, failed: false, ...(key === get().key ? {} : { ids: [], total: 0, pages: 0 }) });
    try {
      const r = await catalogueApi.search(params(query, 1));
      if (mine !== ticket) return;
      keep(r.items);
      set({ ids: r.items.map((p) => p.id), total: r.total ?? r.items.length, facets: r.facets ?? null, pages: 1, loading: false });
    } catch {
      if (mine === ticket) set({ loading: false, failed: true });
    }
  },

  async more() {
    const { pages, ids, total, loading } = get();
    if (loading || ids.length >= total) return;
    const mine = ticket;
    set({ loading: true });
    try {
      const r = await catalogueApi.search(params(current, pages + 1));
      if (mine !== ticket) return;
      keep(r.items);
      const seen = new Set(ids);
      set({ ids: [...ids, ...r.items.map((p) => p.id).filter((id) => !seen.has(id))], total: r.total ?? total, pages: pages + 1, loading: false });
    } catch {
      if (mine === ticket) set({ loading: false });
    }
  },
}));

// A merchant's change may add, remove or reorder results: search again what is shown.
catalogueStore.subscribe((s, prev) => {
  if (s.revision !== prev.revision && searchStore.getState().key) void searchStore.getState().run(current, true);
});
