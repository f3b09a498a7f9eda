import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { queryRows } from '../db/query-rows';
import { products, promotions } from '../db/schema/commerce';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';
import { PRICE_BANDS } from '../../shared/catalogue/product-search';
import type { Category, Product } from '../../shared/catalogue/product';
import type { Promotion } from '../../shared/pricing/promotion';
import { unitPriceAfterPromotions } from '../../shared/pricing/unit-price';
import { pricedProductsSql } from './shown-price-sql';
import { shownPriceFilterSql } from './shown-price-filter-sql';

const backends = await testBackends();
// Decor's stacked promotions run in June only: July is bounded by storage's 55 % alone.
const JUNE = '2026-06-15T12:00:00.000Z';
const JULY = '2026-07-15T12:00:00.000Z';

const percent = (id: string, category: Category, pct: number, extra: Partial<Promotion> = {}): Promotion =>
  ({ id, kind: 'category_percent', label: { fr: id, en: id }, category, percent: pct, ...extra }) as Promotion;
const promos: Promotion[] = [
  // Decor stacks to 120 %: its prices fall to zero, and the list price bounds nothing from above.
  percent('decor-a', 'decor', 60, { endsAt: '2026-07-01T00:00:00.000Z' }),
  percent('decor-b', 'decor', 60, { endsAt: '2026-07-01T00:00:00.000Z' }),
  percent('storage-a', 'storage', 25),
  percent('storage-b', 'storage', 30),
  percent('rugs-over', 'rugs', 50, { endsAt: '2026-06-01T00:00:00.000Z' }),
];
const CATEGORIES: Category[] = ['decor', 'storage', 'rugs', 'chairs'];
// Prices across every band and on their edges, in each category.
const AMOUNTS = [1, 4_999, 5_000, 9_999, 10_000, 11_111, 18_181, 22_222, 22_223, 24_999, 25_000, 99_999, 100_000, 222_222, 250_000];
const items: Product[] = CATEGORIES.flatMap((category) =>
  AMOUNTS.map((amount) => ({
    id: `${category}-${amount}`, sku: `${category}-${amount}`.toUpperCase(), name: { fr: 'x', en: 'x' }, description: { fr: 'x', en: 'x' },
    category, price: { amount, currency: 'EUR' }, dimensionsM: { w: 1, h: 1, d: 1 }, placement: 'floor' as const,
    model: { glb: '', usdz: '' }, thumbnail: '/posters/x.webp', variants: [],
  })),
);
const shown = (p: Product, nowIso: string) => unitPriceAfterPromotions(p.price, p.category, promos, nowIso).price.amount;

describe.each(backends)('the filter on the price shown, on %s', (backend) => {
  let database: Database;
  let close = async () => {};
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(backend));
    await database.db.insert(products).values(items.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    await database.db.insert(promotions).values(promos.map((p) => ({ id: p.id, data: p })));
  }, 60_000);
  afterAll(() => close());

  const found = async (nowIso: string, min: number | undefined, max: number | undefined) =>
    (await queryRows<{ id: string }>(database.db, sql`select id from ${pricedProductsSql(nowIso)} where ${shownPriceFilterSql(nowIso, min, max)} order by id`)).map((r) => r.id);

  it('finds exactly the products whose shown price is in the range, however deep the promotions', async () => {
    const ranges: [number | undefined, number | undefined][] = [
      ...PRICE_BANDS.map((b) => [b.min, b.max ?? undefined] as [number, number | undefined]),
      [undefined, 1], [0, 1], [1, 2], [4_999, 5_000], [undefined, 7_500], [9_999, 10_000], [10_000, 10_001], [99_999, 100_000],
    ];
    for (const nowIso of [JUNE, JULY]) {
      for (const [min, max] of ranges) {
        const expected = items.filter((p) => shown(p, nowIso) >= (min ?? 0) && (max === undefined || shown(p, nowIso) < max)).map((p) => p.id).sort();
        expect(await found(nowIso, min, max), `[${min}, ${max}) at ${nowIso}`).toEqual(expected);
      }
    }
  });

  it('lets the price index narrow the rows before the promotions are worked out', async () => {
    const plan = await database.db.transaction(async (tx) => {
      // The table is tiny: without this the planner rightly reads it whole.
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<Record<string, string>>(tx, sql`explain select id from ${pricedProductsSql(JULY)} where published and ${shownPriceFilterSql(JULY, 5_000, 10_000)}`);
    });
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toMatch(/Index Cond: .*price_amount >= /);
    expect(text).toMatch(/Index Cond: .*price_amount < /);
  });
});
