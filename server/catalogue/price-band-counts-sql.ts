import { sql, type SQL } from 'drizzle-orm';
import { PRICE_BANDS } from '../../shared/catalogue/product-search';
import { activeCategoryPercentSql, priceLessSharesSql } from './shown-price-sql';

const bandOfPrice = sql.raw(`case ${PRICE_BANDS.map((b, i) => `when price >= ${b.min}${b.max === null ? '' : ` and price < ${b.max}`} then ${i}`).join(' ')} end`);

/**
 * How many products matching `matches` (a condition over `products`) show a price in each of
 * `PRICE_BANDS` at `nowIso`, as rows `{band, n}` (band: index into `PRICE_BANDS`). The price is
 * the one `pricedProductsSql` shows, filters and sorts on: the list price less each category
 * percentage running then, each share rounded down on its own, never below zero.
 *
 * Promotions are few and name a handful of categories, so most products show their list price
 * and are counted on it as it is; only a product of a category with a promotion running has its
 * price worked out, from the running promotions read once per query. Working it out for every
 * match cost one promotion lookup per product: at 10,000 products, about eight times the count
 * on list prices alone.
 *
 * `offset 0` keeps the priced rows a subquery of their own: flattened, the price's `case` would
 * be copied into each of the band `case`'s comparisons and the promotions summed up to eleven
 * times per product.
 *
 * @example queryRows<{ band: number; n: number }>(db, priceBandCountsSql(now, sql`published`))
 */
export function priceBandCountsSql(nowIso: string, matches: SQL): SQL {
  return sql`with running as materialized (
      select promo.data->>'category' as promoted_category, (promo.data->>'percent')::int as promoted_percent
      from promotions promo where ${activeCategoryPercentSql(nowIso)} and promo.data->>'category' is not null
    )
    select ${bandOfPrice} as band, count(*) as n from (
      select case when products.category = any(array(select promoted_category from running))
        then (
          select ${priceLessSharesSql(sql`running.promoted_percent`)}
          from running where running.promoted_category = products.category
        )
        else products.price_amount end as price
      from products where ${matches}
      offset 0
    ) as shown group by 1`;
}
