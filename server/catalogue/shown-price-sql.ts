import { sql, type SQL } from 'drizzle-orm';

/**
 * The unit price a product's card shows at `nowIso`, as an SQL expression over a `products` row:
 * its list price less every category percentage running then, each share rounded down, never
 * below zero. It is `unitPriceAfterPromotions` (shared/pricing/unit-price.ts) written in SQL, so
 * filters, facets and sorting on price agree with the price the customer reads and is charged.
 *
 * Promotions are read in the query, at the time given, rather than stored beside each product: a
 * promotion that starts or ends changes the search at that very moment, with nothing to reindex.
 * Start and end are compared as strings in byte order, exactly as `isPromotionActive` compares
 * them, so the two never disagree on a boundary (and a badly written date cannot make SQL fail).
 *
 * @example sql`select id from products where ${shownPriceSql(new Date().toISOString())} < 8000`
 */
export function shownPriceSql(nowIso: string): SQL {
  return sql`greatest(0, products.price_amount - coalesce((
    select sum((products.price_amount::bigint * (promo.data->>'percent')::int) / 100)
    from promotions promo
    where promo.data->>'kind' = 'category_percent'
      and promo.data->>'category' = products.category
      and (promo.data->>'startsAt' is null or (promo.data->>'startsAt') collate "C" <= ${nowIso})
      and (promo.data->>'endsAt' is null or ${nowIso} < (promo.data->>'endsAt') collate "C")
  ), 0))::integer`;
}
