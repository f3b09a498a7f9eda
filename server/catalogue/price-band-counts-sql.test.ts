import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { queryRows } from '../db/query-rows';
import { products, promotions } from '../db/schema/commerce';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';
import type { Category, Product } from '../../shared/catalogue/product';
import type { Promotion } from '../../shared/pricing/promotion';
import { priceBandCountsSql } from './price-band-counts-sql';

const backends = await testBackends();
const NOW = '2026-06-15T12:00:00.000Z';
const CATEGORIES: Category[] = ['lighting', 'chairs', 'tables', 'decor'];
// Five lamps among twenty products; lighting has two promotions running.
const items: Product[] = Array.from({ length: 20 }, (_, i) => ({
  id: `p-${i}`, sku: `P-${i}`, name: { fr: 'x', en: 'x' }, description: { fr: 'x', en: 'x' },
  category: CATEGORIES[i % CATEGORIES.length]!, price: { amount: 1_000 * (i + 1), currency: 'EUR' }, dimensionsM: { w: 1, h: 1, d: 1 },
  placement: 'floor', model: { glb: '', usdz: '' }, thumbnail: '/posters/x.webp', variants: [],
}));
const promos: Promotion[] = [
  { id: 'a', kind: 'category_percent', label: { fr: 'a', en: 'a' }, category: 'lighting', percent: 10 },
  { id: 'b', kind: 'category_percent', label: { fr: 'b', en: 'b' }, category: 'lighting', percent: 15 },
  { id: 'ended', kind: 'category_percent', label: { fr: 'c', en: 'c' }, category: 'chairs', percent: 15, endsAt: '2026-06-01T00:00:00.000Z' },
];

describe.each(backends)('price-band counts, on %s', (backend) => {
  let database: Database;
  let close = async () => {};
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(backend));
    await database.db.insert(products).values(items.map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    await database.db.insert(promotions).values(promos.map((p) => ({ id: p.id, data: p })));
  }, 60_000);
  afterAll(() => close());

  it('works out the price of the products a running promotion touches, and of no other', async () => {
    const plan = await queryRows<Record<string, string>>(database.db, sql`explain (analyze, costs off, timing off) ${priceBandCountsSql(NOW, sql`published`)}`);
    // Each node that reads the running promotions says how many times it ran.
    const loops = plan.map((r) => Object.values(r)[0] ?? '').filter((line) => / on running/.test(line)).map((line) => Number(/loops=(\d+)/.exec(line)?.[1]));
    expect(Math.max(...loops)).toBe(items.filter((p) => p.category === 'lighting').length);
  });
});
