import { sql, type SQL } from 'drizzle-orm';
import { activeCategoryPercentSql } from './shown-price-sql';

/** Above any price the schema accepts: "no upper bound" as an integer the index can compare. */
const NO_MAX = 2_147_483_647;

/**
 * "The price shown at `nowIso` is in [min, max)", over `pricedProductsSql`, with what that
 * implies for the list price (`price_amount`) alongside, so the price index narrows the rows
 * before any promotion is worked out.
 *
 * Promotions only take off, so a shown price of at least `min` (> 0) needs a list price of at
 * least `min`. They take off at most P % in all, P being the largest total running in one
 * category, each share rounded down: shown >= list * (100 - P) / 100, so a shown price under
 * `max` needs list * (100 - P) < 100 * max, i.e. list < ceil(100 * max / (100 - P)). From
 * P = 100 on, a price may fall to zero and the list price bounds nothing. P is read once per query.
 *
 * @example sql`select id from ${pricedProductsSql(now)} where ${shownPriceFilterSql(now, 5000, 10000)}`
 */
export function shownPriceFilterSql(nowIso: string, min: number | undefined, max: number | undefined): SQL {
  const parts = [sql`shown_price >= ${min ?? 0}`, sql`shown_price < ${max ?? NO_MAX}`];
  if (min !== undefined && min > 0) parts.push(sql`price_amount >= ${min}`);
  if (max !== undefined) {
    parts.push(sql`price_amount < (
      select case when p >= 100 then ${NO_MAX}::bigint else least(${NO_MAX}::bigint, (100 * ${max}::bigint + 99 - p) / (100 - p)) end
      from (select coalesce(max(total), 0) as p from (
        select sum((promo.data->>'percent')::int) as total from promotions promo
        where ${activeCategoryPercentSql(nowIso)} group by promo.data->>'category'
      ) as per_category) as most
    )`);
  }
  return sql.join(parts, sql` and `);
}
