import { createStore } from 'zustand/vanilla';
import type { Category, Product } from '../../../shared/catalogue/product';
import type { Location } from '../../../shared/catalogue/location';
import type { Promotion } from '../../../shared/pricing/promotion';
import type { Availability } from '../../../shared/stock/stock-level';
import { catalogueApi } from '../api/catalogue-api';

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
