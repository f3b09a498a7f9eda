import type { StoreApi } from 'zustand/vanilla';

/** A server-side list seen a page at a time, with filters that send it back to page 1. */
export interface PagedList<Q extends { page: number }, T> {
  query: Q;
  items: T[];
  total: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Changes the filters (back to page 1 unless a page is given) and reloads. */
  setQuery(q: Partial<Q>): Promise<void>;
  load(): Promise<void>;
}

/**
 * The state and actions of a paged list, for a store that adds its own. Typing fast sends
 * several queries: only the last one's answer counts.
 *
 * @example createStore<S>((set, get) => ({ ...pagedList(set, get, (q) => api.list(q)), more() {} }))
 */
export function pagedList<Q extends { page: number }, T, S extends PagedList<Q, T>>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  fetchPage: (q: Q) => Promise<{ items: T[]; total: number }>,
): PagedList<Q, T> {
  let seq = 0;
  return {
    query: { page: 1 } as Q,
    items: [],
    total: 0,
    status: 'idle',
    error: null,
    async setQuery(q) {
      set({ query: { ...get().query, page: 1, ...q } } as Partial<S>);
      await get().load();
    },
    async load() {
      const mine = ++seq;
      set({ status: 'loading', error: null } as Partial<S>);
      try {
        const r = await fetchPage(get().query);
        if (mine === seq) set({ items: r.items, total: r.total, status: 'ready' } as Partial<S>);
      } catch (e) {
        if (mine === seq) set({ status: 'error', error: (e as Error).message } as Partial<S>);
      }
    },
  };
}
