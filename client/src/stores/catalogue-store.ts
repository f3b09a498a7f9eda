import { createStore } from 'zustand/vanilla';
import type { Category, Product } from '../../../shared/catalogue/product';
import type { Location } from '../../../shared/catalogue/location';
import type { Promotion } from '../../../shared/pricing/promotion';
import type { Availability } from '../../../shared/stock/stock-level';
import { catalogueApi } from '../api/catalogue-api';
import { ApiError } from '../api/api-error';

export interface AvailabilityEntry extends Availability {
  /** When it was read (ms since epoch). */
  at: number;
}

export interface CatalogueState {
  products: Record<string, Product>;
  /** Search results by query key (`q|category`), as product ids. */
  lists: Record<string, string[]>;
  locations: Location[] | null;
  promotions: Promotion[] | null;
  availability: Record<string, AvailabilityEntry>;
  loadList(q?: string, category?: Category): Promise<Product[]>;
  loadProduct(id: string): Promise<Product>;
  loadLocations(): Promise<Location[]>;
  loadPromotions(): Promise<Promotion[]>;
  /** Reads stock per location unless a reading younger than `maxAgeMs` is held. */
  loadAvailability(id: string, maxAgeMs?: number): Promise<AvailabilityEntry>;
  /** Rises each time the merchant's changes have been fetched, for views that keep a copy of a list. */
  revision: number;
  /**
   * The merchant changed these products (`'*'`: maybe any): fetches again the ones held, every
   * list held and the promotions if held; a product taken off sale leaves the store.
   */
  refresh(ids: readonly string[] | '*'): Promise<void>;
}

export const listKey = (q?: string, category?: Category) => `${q ?? ''}|${category ?? ''}`;

const inflight = new Map<string, Promise<unknown>>();
function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let p = inflight.get(key) as Promise<T> | undefined;
  if (!p) {
    p = run().finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

/**
 * Products, stores, promotions and stock as last read from the server, shared by the storefront,
 * the product page, the cart and AR.
 *
 * @example const p = await catalogueStore.getState().loadProduct('sofa-oslo-3')
 */
export const catalogueStore = createStore<CatalogueState>((set, get) => ({
  products: {},
  lists: {},
  locations: null,
  promotions: null,
  availability: {},
  revision: 0,

  async refresh(ids) {
    const held = Object.keys(get().products);
    const wanted = ids === '*' ? held : ids.filter((id) => held.includes(id));
    // A promotion started or ended changes prices without changing any product: read them again too.
    const promotions = get().promotions === null ? Promise.resolve(undefined) : catalogueApi.promotions().then((r) => r.items, () => undefined);
    const fetched = await Promise.all(wanted.map(async (id) => {
      try {
        return [id, await catalogueApi.product(id)] as const;
      } catch (e) {
        return [id, e instanceof ApiError && e.status === 404 ? null : undefined] as const;
      }
    }));
    const lists = await Promise.all(Object.keys(get().lists).map(async (key) => {
      const [q, category] = key.split('|');
      try {
        return [key, (await catalogueApi.products({ q: q || undefined, category: (category || undefined) as Category | undefined })).items] as const;
      } catch {
        return [key, undefined] as const;
      }
    }));
    const fresh = await promotions;
    set((s) => {
      const products = { ...s.products };
      for (const [id, p] of fetched) {
        if (p === null) delete products[id];
        else if (p) products[id] = p;
      }
      const nextLists = { ...s.lists };
      for (const [key, items] of lists) {
        if (!items) continue;
        for (const p of items) products[p.id] = p;
        nextLists[key] = items.map((p) => p.id);
      }
      return { products, lists: nextLists, revision: s.revision + 1, ...(fresh ? { promotions: fresh } : {}) };
    });
  },

  loadList(q, category) {
    const key = listKey(q, category);
    return once(`list:${key}`, async () => {
      const { items } = await catalogueApi.products({ q, category });
      set((s) => ({
        products: { ...s.products, ...Object.fromEntries(items.map((p) => [p.id, p])) },
        lists: { ...s.lists, [key]: items.map((p) => p.id) },
      }));
      return items;
    });
  },

  loadProduct(id) {
    const have = get().products[id];
    if (have) return Promise.resolve(have);
    return once(`product:${id}`, async () => {
      const p = await catalogueApi.product(id);
      set((s) => ({ products: { ...s.products, [id]: p } }));
      return p;
    });
  },

  loadLocations() {
    const have = get().locations;
    if (have) return Promise.resolve(have);
    return once('locations', async () => {
      const { items } = await catalogueApi.locations();
      set({ locations: items });
      return items;
    });
  },

  loadPromotions() {
    const have = get().promotions;
    if (have) return Promise.resolve(have);
    return once('promotions', async () => {
      const { items } = await catalogueApi.promotions();
      set({ promotions: items });
      return items;
    });
  },

  loadAvailability(id, maxAgeMs = 0) {
    const have = get().availability[id];
    if (have && Date.now() - have.at < maxAgeMs) return Promise.resolve(have);
    return once(`availability:${id}`, async () => {
      const a = await catalogueApi.availability(id);
      const entry = { ...a, at: Date.now() };
      set((s) => ({ availability: { ...s.availability, [id]: entry } }));
      return entry;
    });
  },
}));
