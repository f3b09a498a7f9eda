import { sql, type SQL } from 'drizzle-orm';

/**
 * The category promotions running at `nowIso`, as a condition over `promotions promo`. Start and
 * end are compared as strings in byte order, exactly as `isPromotionActive` compares them, so the
 * two never disagree on a boundary (and a badly written date cannot make SQL fail).
 */
export const activeCategoryPercentSql = (nowIso: string): SQL => sql`promo.data->>'kind' = 'category_percent'
      and (promo.data->>'startsAt' is null or (promo.data->>'startsAt') collate "C" <= ${nowIso})
      and (promo.data->>'endsAt' is null or ${nowIso} < (promo.data->>'endsAt') collate "C")`;

/**
 * A product's list price less each `percent` share (an aggregate over the rows that name one),
 * each share rounded down on its own, never below zero: `unitPriceAfterPromotions`'s arithmetic,
 * shared by the price the catalogue shows and the price-band counts.
 */
export const priceLessSharesSql = (percent: SQL): SQL =>
  sql`greatest(0, products.price_amount - coalesce(sum((products.price_amount::bigint * ${percent}) / 100), 0))::integer`;

/**
 * The products table with `shown_price`, the unit price a product's card shows at `nowIso`, under
 * the table's own name: its list price less every category percentage running then, each share
 * rounded down, never below zero. It is `unitPriceAfterPromotions` (shared/pricing/unit-price.ts)
 * written in SQL, so filters, facets and sorting on price agree with the price the customer reads
 * and is charged.
 *
 * Promotions are read in the query, at the time given, rather than stored beside each product: a
 * promotion that starts or ends changes the search at that very moment, with nothing to reindex.
 *
 * The price is an aggregate in a lateral join rather than a scalar subquery in the select list:
 * the planner copies a select-list expression into every place the outer query names it (the
 * price facet's band `case` names it eleven times, each a subquery per row), while an aggregate
 * is computed once per product. Filters on other columns still reach the products' own indexes.
 *
 * @example sql`select id from ${pricedProductsSql(new Date().toISOString())} where shown_price < 8000`
 */
export function pricedProductsSql(nowIso: string): SQL {
  return sql`(select products.*, shown.shown_price from products cross join lateral (
    select ${priceLessSharesSql(sql`(promo.data->>'percent')::int`)} as shown_price
    from promotions promo
    where promo.data->>'category' = products.category and ${activeCategoryPercentSql(nowIso)}
  ) as shown) as products`;
}
