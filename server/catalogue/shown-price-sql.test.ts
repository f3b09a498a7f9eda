import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { queryRows } from '../db/query-rows';
import { testBackends } from '../test/backends';
import { openTestDatabase } from '../test-support/test-database';
import { pricedProductsSql } from './shown-price-sql';

const backends = await testBackends();

describe.each(backends)('the price shown, on %s', (backend) => {
  let database: Database;
  let close = async () => {};
  beforeAll(async () => {
    ({ database, close } = await openTestDatabase(backend));
  }, 60_000);
  afterAll(() => close());

  it('works out a product’s promotions once, however often the query names its price', async () => {
    // The price facet's band `case` names the price up to eleven times per product.
    const plan = await queryRows<Record<string, string>>(
      database.db,
      sql`explain select case when shown_price < 5000 then 0 when shown_price < 10000 then 1 end, shown_price from ${pricedProductsSql('2026-06-15T12:00:00.000Z')} where shown_price >= 1`,
    );
    const scans = plan.map((r) => Object.values(r)[0]).filter((line) => / on promotions /.test(line ?? ''));
    expect(scans).toHaveLength(1);
  });
});
