import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../shared/catalogue/product';

const calls: Record<string, unknown>[] = [];
let pages: Product[][] = [];
const product = (id: string) => ({ id, name: { fr: id, en: id } }) as unknown as Product;
vi.mock('../api/catalogue-api', () => ({
  catalogueApi: {
    search: async (query: Record<string, unknown>) => {
      calls.push(query);
      const page = Number(query.page);
      return { items: pages[page - 1] ?? [], total: pages.flat().length, page, pageSize: 2, facets: { category: [], priceBand: [] } };
    },
  },
}));

const { searchStore } = await import('./search-store');
const { catalogueStore } = await import('./catalogue-store');

describe('storefront search store', () => {
  beforeEach(() => {
    calls.length = 0;
    pages = [[product('a'), product('b')], [product('c')]];
    searchStore.setState({ key: null, ids: [], total: 0, pages: 0, failed: false, loading: false });
  });

  it('asks for the chosen price band and store stock, and keeps the products for other pages', async () => {
    await searchStore.getState().run({ q: 'fauteuil', priceBand: 1, inStore: true, storeId: 'store-lyon' });
    expect(calls[0]).toMatchObject({ q: 'fauteuil', priceMin: 5000, priceMax: 10000, inStock: true, storeId: 'store-lyon', page: 1 });
    expect(searchStore.getState()).toMatchObject({ ids: ['a', 'b'], total: 3 });
    expect(catalogueStore.getState().products.a).toBeDefined();
  });

  it('appends the next page once, and does not ask again for the search already shown', async () => {
    await searchStore.getState().run({ q: 'x' });
    await searchStore.getState().more();
    await searchStore.getState().more();
    await searchStore.getState().run({ q: 'x' });
    expect(searchStore.getState().ids).toEqual(['a', 'b', 'c']);
    expect(calls.map((c) => c.page)).toEqual([1, 2]);
  });

  it('asks for the chosen order on every page, and runs again when only the order changes', async () => {
    await searchStore.getState().run({ q: 'x', sort: 'price_asc' });
    await searchStore.getState().more();
    await searchStore.getState().run({ q: 'x', sort: 'price_desc' });
    expect(calls.map((c) => [c.sort, c.page])).toEqual([['price_asc', 1], ['price_asc', 2], ['price_desc', 1]]);
  });

  it('runs the search shown again when the merchant changes the catalogue', async () => {
    await searchStore.getState().run({ q: 'x' });
    pages = [[product('b'), product('d')]];
    catalogueStore.setState((s) => ({ revision: s.revision + 1 }));
    await vi.waitFor(() => expect(searchStore.getState().ids).toEqual(['b', 'd']));
  });
});
