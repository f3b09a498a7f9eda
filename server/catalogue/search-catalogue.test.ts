import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { products, locations, stock, promotions } from '../db/schema/commerce';
import { loadCatalogue, type Catalogue } from './catalogue';
import { searchCatalogue } from './search-catalogue';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';
import type { Product } from '../../shared/catalogue/product';
import { PRICE_BANDS, ProductSearchQuerySchema } from '../../shared/catalogue/product-search';
import type { Promotion } from '../../shared/pricing/promotion';
import { unitPriceAfterPromotions } from '../../shared/pricing/unit-price';

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

describe.each(backends)('catalogue search by the price shown, on %s', (backend) => {
  const promos: Promotion[] = [
    { id: 'storage-25', kind: 'category_percent', label: { fr: 'Rangement -25 %', en: 'Storage -25%' }, category: 'storage', percent: 25 },
    { id: 'rugs-20', kind: 'category_percent', label: { fr: 'Tapis -20 %', en: 'Rugs -20%' }, category: 'rugs', percent: 20, endsAt: '2026-06-01T00:00:00.000Z' },
    { id: 'lighting-10', kind: 'category_percent', label: { fr: 'Luminaires -10 %', en: 'Lighting -10%' }, category: 'lighting', percent: 10, startsAt: '2026-07-01T00:00:00.000Z' },
    // A set offer prices whole sets in the cart, never the unit price a card shows.
    { id: 'set', kind: 'bundle', label: { fr: 'Lot', en: 'Set' }, productIds: ['shelf-promo', 'chair-plain'], price: { amount: 1000, currency: 'EUR' } },
  ];
  const items = [
    // Listed 105 €, shown 78.75 € while storage is 25 % off.
    product('shelf-promo', 'Étagère', 'Shelf', 'storage', 105),
    product('rug-ended', 'Tapis', 'Rug', 'rugs', 89),
    product('lamp-soon', 'Lampe', 'Lamp', 'lighting', 85),
    product('chair-plain', 'Chaise', 'Chair', 'chairs', 80),
  ];
  const june = '2026-06-15T12:00:00.000Z';
  const july = '2026-07-02T12:00:00.000Z';
  let database: Database;
  let cat: Catalogue;
  let closeDatabase = async () => {};
  const at = (nowIso: string, q: Record<string, string>) => searchCatalogue(database.db, cat, ProductSearchQuerySchema.parse(q), nowIso);
  beforeAll(async () => {
    ({ database, close: closeDatabase } = await openTestDatabase(backend));
    await database.db.insert(products).values(items.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    await database.db.insert(promotions).values(promos.map((p) => ({ id: p.id, data: p })));
    cat = await loadCatalogue(database.db);
  }, 60_000);
  afterAll(() => closeDatabase());

  it('filters on the promotional price, not the list price', async () => {
    expect(ids(await at(june, { priceMax: '8000' }))).toEqual(['shelf-promo']);
    expect(ids(await at(june, { priceMin: '8000' }))).toEqual(['chair-plain', 'lamp-soon', 'rug-ended']);
  });

  it('counts each product in the band of the price it shows', async () => {
    const r = await at(june, { facets: '1', priceMax: '8000' });
    expect(r.facets!.priceBand.find((b) => b.min === 5_000)!.count).toBe(4);
    expect(r.facets!.priceBand.find((b) => b.min === 10_000)!.count).toBe(0);
  });

  it('sorts by the price shown', async () => {
    expect(ids(await at(june, { sort: 'price_asc' }))).toEqual(['shelf-promo', 'chair-plain', 'lamp-soon', 'rug-ended']);
    expect(ids(await at(june, { sort: 'price_desc' }))).toEqual(['rug-ended', 'lamp-soon', 'chair-plain', 'shelf-promo']);
    expect(ids(await at(july, { sort: 'price_asc' }))).toEqual(['lamp-soon', 'shelf-promo', 'chair-plain', 'rug-ended']);
  });

  it('follows promotions as they start and end, without reindexing', async () => {
    expect(ids(await at('2026-05-31T23:59:59.999Z', { priceMax: '8000' }))).toEqual(['rug-ended', 'shelf-promo']);
    expect(ids(await at(july, { priceMax: '8000' }))).toEqual(['lamp-soon', 'shelf-promo']);
  });

  it('agrees with the unit price every surface shows, to the cent', async () => {
    for (const nowIso of ['2026-05-01T00:00:00.000Z', june, july]) {
      for (const p of items) {
        const shown = unitPriceAfterPromotions(p.price, p.category, promos, nowIso).price.amount;
        const found = ids(await at(nowIso, { priceMin: String(shown), priceMax: String(shown + 1) }));
        expect(found, `${p.id} at ${nowIso}`).toContain(p.id);
      }
    }
  });
});

describe.each(backends)('price-band facet counts, on %s', (backend) => {
  const label = { fr: 'Promo', en: 'Promo' };
  const promos: Promotion[] = [
    // Stacked: each share is rounded down on its own, so 66.65 € shows 50.00 € (one share of 25 % would show 49.99 €).
    { id: 'lighting-10', kind: 'category_percent', label, category: 'lighting', percent: 10 },
    { id: 'lighting-15', kind: 'category_percent', label, category: 'lighting', percent: 15 },
    { id: 'storage-25', kind: 'category_percent', label, category: 'storage', percent: 25 },
    // 60 % and 50 % together would take off more than the price: it shows 0.
    { id: 'rugs-60', kind: 'category_percent', label, category: 'rugs', percent: 60 },
    { id: 'rugs-50', kind: 'category_percent', label, category: 'rugs', percent: 50 },
    { id: 'chairs-ended', kind: 'category_percent', label, category: 'chairs', percent: 50, endsAt: '2026-06-01T00:00:00.000Z' },
    { id: 'sofas-later', kind: 'category_percent', label, category: 'sofas', percent: 50, startsAt: '2026-07-01T00:00:00.000Z' },
    { id: 'set', kind: 'bundle', label, productIds: ['shelf-edge', 'chair-edge'], price: { amount: 100, currency: 'EUR' } },
  ];
  const cents = (id: string, fr: string, en: string, category: Product['category'], amount: number, extra: Partial<Product> = {}) =>
    product(id, fr, en, category, 0, { price: { amount, currency: 'EUR' }, ...extra });
  const items = [
    cents('shelf-edge', 'Étagère chêne', 'Oak shelf', 'storage', 10_500), // 105 € shows 78.75 €: band 50-100 €, not 100-250 €
    cents('shelf-big', 'Bibliothèque chêne', 'Oak bookcase', 'storage', 133_400), // 1,334 € shows 1,000.50 €: still 1,000 € and up
    cents('shelf-drop', 'Bibliothèque noyer', 'Walnut bookcase', 'storage', 133_300), // 1,333 € shows 999.75 €: down to 500-1,000 €
    cents('lamp-edge', 'Lampe laiton', 'Brass lamp', 'lighting', 6_665), // shows exactly 50.00 €: band 50-100 €
    cents('lamp-under', 'Lampe chêne', 'Oak lamp', 'lighting', 6_664), // shows 49.99 €: band 0-50 €
    cents('rug-free', 'Tapis laine et laiton', 'Wool and brass rug', 'rugs', 20_000), // shows 0 €
    cents('chair-edge', 'Chaise chêne', 'Oak chair', 'chairs', 9_999), // its promotion has ended
    cents('sofa-edge', 'Canapé lin', 'Linen sofa', 'sofas', 100_000), // its promotion has not started
    cents('mirror-edge', 'Miroir laiton', 'Brass mirror', 'decor', 4_999),
    cents('armchair-edge', 'Fauteuil chêne', 'Oak armchair', 'armchairs', 25_000),
    cents('lamp-draft', 'Lampe brouillon', 'Draft lamp', 'lighting', 6_665, { status: 'draft' }),
  ];
  const now = '2026-06-15T12:00:00.000Z';
  let database: Database;
  let cat: Catalogue;
  let closeDatabase = async () => {};
  const at = (q: Record<string, string>) => searchCatalogue(database.db, cat, ProductSearchQuerySchema.parse(q), now);
  beforeAll(async () => {
    ({ database, close: closeDatabase } = await openTestDatabase(backend));
    await database.db.insert(products).values(items.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    await database.db.insert(promotions).values(promos.map((p) => ({ id: p.id, data: p })));
    await database.db.insert(locations).values({ id: 'store-y', kind: 'store', name: 'Y', address: 'y', lat: 0, lng: 0 });
    await database.db.insert(stock).values(['shelf-edge', 'lamp-edge', 'lamp-under', 'rug-free', 'mirror-edge'].map((productId) => ({ productId, locationId: 'store-y', onHand: 1 })));
    cat = await loadCatalogue(database.db);
  }, 60_000);
  afterAll(() => closeDatabase());

  /** Per band, the published products whose price (list or shown) falls in it. */
  const byBand = (priceOf: (p: Product) => number) => PRICE_BANDS.map((b) => items.filter((p) => p.status !== 'draft' && priceOf(p) >= b.min && (b.max === null || priceOf(p) < b.max)).length);

  it('moves promoted products across band edges (the list price alone would count them elsewhere)', async () => {
    const shown = byBand((p) => unitPriceAfterPromotions(p.price, p.category, promos, now).price.amount);
    expect(shown).not.toEqual(byBand((p) => p.price.amount));
    const r = await at({ facets: '1' });
    expect(r.facets!.priceBand.map((b) => b.count)).toEqual(shown);
  });

  it.each([
    ['no filter', {}],
    ['words', { q: 'laiton' }],
    ['a promoted category', { category: 'lighting' }],
    ['in stock in a store', { storeId: 'store-y', inStock: '1' }],
    ['a price chosen', { priceMin: '5000', priceMax: '10000' }],
  ])('counts in each band exactly what filtering by that band returns (%s)', async (_name, query: Record<string, string>) => {
    const { facets } = await at({ ...query, facets: '1' });
    const { priceMin: _min, priceMax: _max, ...others } = query;
    const filtered = await Promise.all(PRICE_BANDS.map(async (b) => (await at({ ...others, priceMin: String(b.min), ...(b.max === null ? {} : { priceMax: String(b.max) }) })).total));
    expect(facets!.priceBand.map((b) => b.count)).toEqual(filtered);
    expect(filtered.reduce<number>((n, c) => n + (c ?? 0), 0)).toBeGreaterThan(0);
  });
});
