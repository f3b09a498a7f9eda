import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { products, locations, stock } from '../db/schema/commerce';
import { loadCatalogue, type Catalogue } from './catalogue';
import { searchCatalogue } from './search-catalogue';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';
import type { Product } from '../../shared/catalogue/product';
import { ProductSearchQuerySchema } from '../../shared/catalogue/product-search';

const backends = await testBackends();

function product(id: string, fr: string, en: string, category: Product['category'], euros: number, extra: Partial<Product> = {}): Product {
  return {
    id, sku: id.toUpperCase(), name: { fr, en }, description: { fr: `Un beau ${fr}`, en: `A fine ${en}` }, category,
    price: { amount: euros * 100, currency: 'EUR' }, dimensionsM: { w: 1, h: 1, d: 1 }, placement: 'floor',
    model: { glb: `/models/${id}.glb`, usdz: `/models/${id}.usdz` }, thumbnail: `/posters/${id}.webp`, variants: [], ...extra,
  };
}

const catalogue: Product[] = [
  product('armchair-velvet', 'Fauteuil en velours', 'Velvet armchair', 'armchairs', 450),
  product('sofa-oslo', 'Canapé Oslo', 'Oslo sofa', 'sofas', 1299),
  product('chair-arc', 'Chaise Arc', 'Arc chair', 'chairs', 89),
  product('lamp-bulle', 'Lampe Bulle', 'Bubble lamp', 'lighting', 69),
  product('cushion-soft', 'Coussin doux', 'Soft cushion', 'decor', 29, { description: { fr: 'Housse en velours côtelé', en: 'Corduroy cover' } }),
  product('armchair-draft', 'Fauteuil brouillon', 'Draft armchair', 'armchairs', 300, { status: 'draft' }),
];

const ids = (r: { items: Product[] }) => r.items.map((p) => p.id);
const search = (db: Database, c: Catalogue, q: Record<string, string>) => searchCatalogue(db.db, c, ProductSearchQuerySchema.parse(q));

describe.each(backends)('catalogue search on %s', (backend) => {
  let database: Database;
  let cat: Catalogue;
  let closeDatabase = async () => {};
  beforeAll(async () => {
    ({ database, close: closeDatabase } = await openTestDatabase(backend));
    await database.db.insert(products).values(catalogue.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    await database.db.insert(locations).values({ id: 'store-x', kind: 'store', name: 'X', address: 'x', lat: 0, lng: 0 });
    await database.db.insert(stock).values([
      { productId: 'armchair-velvet', locationId: 'store-x', onHand: 2, reserved: 0 },
      { productId: 'chair-arc', locationId: 'store-x', onHand: 1, reserved: 1 },
    ]);
    cat = await loadCatalogue(database.db);
  }, 60_000);
  afterAll(() => closeDatabase());

  it('finds with accents, case and word endings ignored, name matches first, drafts never', async () => {
    expect(ids(await search(database, cat, { q: 'fauteuil velour' }))).toEqual(['armchair-velvet']);
    expect(ids(await search(database, cat, { q: 'CANAPE' }))).toEqual(['sofa-oslo']);
    // "velours" names one product and describes another: the name comes first.
    expect(ids(await search(database, cat, { q: 'velours' }))).toEqual(['armchair-velvet', 'cushion-soft']);
    expect(ids(await search(database, cat, { q: 'brouillon' }))).toEqual([]);
  });

  it('matches prefixes while typing and forgives one typo', async () => {
    expect(ids(await search(database, cat, { q: 'fau' }))).toEqual(['armchair-velvet']);
    expect(ids(await search(database, cat, { q: 'fauteiul' }))).toEqual(['armchair-velvet']);
    expect(ids(await search(database, cat, { q: 'chiar' }))).toEqual(['chair-arc']);
    expect(ids(await search(database, cat, { q: 'lampe bulel' }))).toEqual(['lamp-bulle']);
    expect(ids(await search(database, cat, { q: 'xyzzy' }))).toEqual([]);
  });

  it('finds a category by its name in either language', async () => {
    expect(ids(await search(database, cat, { q: 'armchair' }))).toEqual(['armchair-velvet']);
    expect(ids(await search(database, cat, { q: 'luminaire' }))).toEqual(['lamp-bulle']);
  });

  it('filters, pages and counts facets that ignore their own filter', async () => {
    const r = await search(database, cat, { priceMax: '10000', facets: '1', storeId: 'store-x', pageSize: '2', page: '1' });
    expect(r.total).toBe(3);
    expect(r.items).toHaveLength(2);
    expect(r.facets!.category).toEqual([{ value: 'chairs', count: 1 }, { value: 'lighting', count: 1 }, { value: 'decor', count: 1 }]);
    // The price facet counts every band, as if no price were chosen.
    expect(r.facets!.priceBand.reduce((n, b) => n + b.count, 0)).toBe(5);
    // The chair's only unit at store-x is reserved: nothing under 100 EUR is available there.
    expect(r.facets!.inStore).toBe(0);
    const page2 = await search(database, cat, { priceMax: '10000', pageSize: '2', page: '2' });
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBe(3);
    const inStore = await search(database, cat, { storeId: 'store-x', inStock: '1' });
    expect(ids(inStore)).toEqual(['armchair-velvet']);
  });
});
