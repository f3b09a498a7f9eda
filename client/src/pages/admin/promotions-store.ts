import { createStore } from 'zustand/vanilla';
import type { Product } from '../../../../shared/catalogue/product';
import type { LocalizedText } from '../../../../shared/i18n-text';
import type { Promotion } from '../../../../shared/pricing/promotion';
import { adminApi } from '../../api/admin-api';
import { catalogueApi } from '../../api/catalogue-api';
import { isApiError } from '../../api/api-error';

export const SEARCH_SIZE = 6;

export interface PromotionsState {
  items: Promotion[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Names of the products the sets name, drafts included, read from the back office's products. */
  names: Record<string, LocalizedText>;
  /** The catalogue's answer to the last product search of the set picker. */
  matches: Product[];
  searching: boolean;
  load(): Promise<void>;
  /** Starts a promotion; throws the server's error (the form shows it by its field) and reloads the list on success. */
  create(p: Promotion): Promise<Promotion>;
  /** Ends a promotion; a failure is kept in `error`. The list is read again either way. */
  end(id: string): Promise<boolean>;
  /** Searches the catalogue by name for the set picker; only the latest search's answer is kept. */
  search(q: string): Promise<void>;
}

/**
 * The promotions as every channel applies them (`GET /api/promotions`), with what the back office
 * does to them.
 *
 * @example await promotionsStore.getState().load(); promotionsStore.getState().items
 */
export const promotionsStore = createStore<PromotionsState>((set, get) => {
  let searchSeq = 0;

  /** Names of set products not seen yet; a product that no longer exists simply stays unnamed. */
  async function nameProducts(items: Promotion[]) {
    const known = get().names;
    const ids = [...new Set(items.flatMap((p) => (p.kind === 'bundle' ? p.productIds : [])))].filter((id) => !known[id]);
    const found = await Promise.allSettled(ids.map((id) => adminApi.product(id)));
    const names = { ...get().names };
    for (const r of found) if (r.status === 'fulfilled') names[r.value.id] = r.value.name;
    set({ names });
  }

  return {
    items: [],
    status: 'idle',
    error: null,
    names: {},
    matches: [],
    searching: false,
    async load() {
      set({ status: 'loading' });
      try {
        const { items } = await catalogueApi.promotions();
        await nameProducts(items);
        set({ items, status: 'ready' });
      } catch (e) {
        set({ status: 'error', error: (e as Error).message });
      }
    },
    async create(p) {
      const created = await adminApi.createPromotion(p);
      set({ error: null });
      await get().load();
      return created;
    },
    async end(id) {
      set({ error: null });
      let ok = true;
      try {
        await adminApi.endPromotion(id);
      } catch (e) {
        // Already ended elsewhere: the list read again says so, nothing to report.
        ok = isApiError(e, 'not_found');
        if (!ok) set({ error: (e as Error).message });
      }
      await get().load();
      return ok;
    },
    async search(q) {
      const seq = ++searchSeq;
      if (!q.trim()) {
        set({ matches: [], searching: false });
        return;
      }
      set({ searching: true });
      try {
        const page = await adminApi.products({ q: q.trim(), pageSize: SEARCH_SIZE });
        if (seq === searchSeq) set({ matches: page.items, searching: false, names: { ...get().names, ...Object.fromEntries(page.items.map((x) => [x.id, x.name])) } });
      } catch (e) {
        if (seq === searchSeq) set({ matches: [], searching: false, error: (e as Error).message });
      }
    },
  };
});
