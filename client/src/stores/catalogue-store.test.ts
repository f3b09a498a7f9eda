import { describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../shared/catalogue/product';
import type { Promotion } from '../../../shared/pricing/promotion';
import { ApiError } from '../api/api-error';

const stored: Record<string, Product> = {};
const promotions: { items: Promotion[] } = { items: [] };
const product = (id: string, amount: number, category = 'chairs') => ({ id, sku: id, price: { amount, currency: 'EUR' }, category, variants: [] }) as unknown as Product;
vi.mock('../api/catalogue-api', () => ({
  catalogueApi: {
    product: async (id: string) => {
      if (!stored[id]) throw new ApiError(404, 'not_found', 'product not found');
      return stored[id];
    },
    promotions: async () => ({ items: [...promotions.items] }),
    products: async (q: { category?: string }) => ({ items: Object.values(stored).filter((p) => !q.category || p.category === q.category) }),
  },
}));

const { catalogueStore, listKey } = await import('./catalogue-store');

describe('the catalogue store follows the merchant', () => {
  it('refetches the products and lists it holds, and drops a product taken off sale', async () => {
    Object.assign(stored, { a: product('a', 100), b: product('b', 200), c: product('c', 300, 'sofas') });
    const s = catalogueStore.getState();
    await s.loadList(undefined, 'chairs');
    await s.loadProduct('c');
    stored.a = product('a', 150);
    delete stored.b;
    stored.c = product('c', 350, 'sofas');
    await catalogueStore.getState().refresh(['a', 'b']);
    const after = catalogueStore.getState();
    expect(after.products.a?.price.amount).toBe(150);
    expect(after.products.b).toBeUndefined();
    expect(after.lists[listKey(undefined, 'chairs')]).toEqual(['a']);
    // Not named in the change: kept as it was.
    expect(after.products.c?.price.amount).toBe(300);
    expect(after.revision).toBe(1);
    await catalogueStore.getState().refresh('*');
    expect(catalogueStore.getState().products.c?.price.amount).toBe(350);
  });

  it('reads the promotions again when it holds them: a promotion changes prices, not products', async () => {
    const lamps: Promotion = { id: 'lamps', kind: 'category_percent', label: { fr: 'Lampes', en: 'Lamps' }, category: 'lighting', percent: 15 };
    catalogueStore.setState({ promotions: null });
    promotions.items = [lamps];
    await catalogueStore.getState().refresh('*');
    expect(catalogueStore.getState().promotions, 'not held, not read').toBeNull();
    await catalogueStore.getState().loadPromotions();
    promotions.items = [];
    await catalogueStore.getState().refresh('*');
    expect(catalogueStore.getState().promotions).toEqual([]);
    promotions.items = [lamps];
    await catalogueStore.getState().refresh(['a']);
    expect(catalogueStore.getState().promotions).toEqual([lamps]);
  });
});
