import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database';
import { queryRows } from '../db/query-rows';
import type { Catalogue } from './catalogue';
import type { Product, Category } from '../../shared/catalogue/product';
import { PRICE_BANDS, type ProductSearchQuery, type ProductSearchResult, type SearchFacets } from '../../shared/catalogue/product-search';
import { buildSearchVocabulary, searchWords, toTsQuery, type SearchVocabulary } from '../../shared/catalogue/search-words';
import { CATEGORIES } from '../../shared/catalogue/catalogue-enums';
import { pricedProductsSql } from './shown-price-sql';
import { shownPriceFilterSql } from './shown-price-filter-sql';
import { priceBandCountsSql } from './price-band-counts-sql';

/** Category names in both languages, so "fauteuil" finds armchairs whatever their names say. */
const CATEGORY_WORDS = ['canapes sofas fauteuils armchairs tables chaises chairs luminaires lampes lighting lamps rangements storage tapis rugs decoration deco decor'];

const vocabularies = new WeakMap<readonly Product[], SearchVocabulary>();
/** Built once per catalogue version (the product list is replaced, never mutated, when it changes). */
function vocabularyOf(products: readonly Product[]): SearchVocabulary {
  let v = vocabularies.get(products);
  if (!v) {
    v = buildSearchVocabulary(products, CATEGORY_WORDS);
    vocabularies.set(products, v);
  }
  return v;
}

/**
 * The products table to read, with `shown_price` (promotions applied) only when the query reads
 * it: every filter, facet and sort on price uses what is shown, and a query that names no price
 * does not pay for working out each product's promotions.
 */
type ReadingFrom = (readsPrice: boolean) => SQL;
const readingFrom = (priced: SQL): ReadingFrom => (readsPrice) => (readsPrice ? priced : sql`products`);

const ORDER: Record<NonNullable<ProductSearchQuery['sort']>, SQL> = {
  relevance: sql``,
  price_asc: sql`shown_price asc,`,
  price_desc: sql`shown_price desc,`,
};

interface Filters {
  text?: SQL;
  category?: SQL;
  price?: SQL;
  store?: SQL;
}

function where(f: Filters, without?: keyof Filters): SQL {
  const parts = [sql`published`, ...(Object.entries(f) as [keyof Filters, SQL | undefined][]).filter(([k, v]) => v && k !== without).map(([, v]) => v!)];
  return sql.join(parts, sql` and `);
}

/**
 * Searches the published catalogue in PostgreSQL's full text (both languages, accents folded by
 * `unaccent`, every word as a prefix, one typo forgiven through the catalogue's vocabulary),
 * ranked names first, with facet counts. Products come from the live in-memory catalogue by id,
 * so a search never shows a stale copy of a product.
 *
 * @example await searchCatalogue(db, catalogue, { q: 'fauteuil velour', facets: true, pageSize: 24 })
 */
export async function searchCatalogue(db: Db, catalogue: Catalogue, query: ProductSearchQuery, nowIso = new Date().toISOString()): Promise<ProductSearchResult> {
  const from = readingFrom(pricedProductsSql(nowIso));
  const words = searchWords(query.q ?? '');
  const filters: Filters = {};
  const tsQuery = words.length ? toTsQuery(words, vocabularyOf(catalogue.products)) : '';
  if (tsQuery) filters.text = sql`search @@ to_tsquery('simple', ${tsQuery})`;
  if (query.category) filters.category = sql`category = ${query.category}`;
  if (query.priceMin !== undefined || query.priceMax !== undefined) {
    filters.price = shownPriceFilterSql(nowIso, query.priceMin, query.priceMax);
  }
  const inStore = query.storeId
    ? sql`exists (select 1 from stock s where s.product_id = products.id and s.location_id = ${query.storeId} and s.on_hand - s.reserved > 0)`
    : undefined;
  if (inStore && query.inStock) filters.store = inStore;

  const paged = query.page !== undefined || query.pageSize !== undefined;
  const pageSize = query.pageSize ?? 24;
  const page = query.page ?? 1;
  const rank = tsQuery ? sql`ts_rank(search, to_tsquery('simple', ${tsQuery}), 1) desc,` : sql``;
  const sort = query.sort ?? 'relevance';
  const order = ORDER[sort];
  const limit = paged ? sql`limit ${pageSize} offset ${(page - 1) * pageSize}` : sql``;

  const [rows, facets] = await Promise.all([
    queryRows<{ id: string; total: number }>(db, sql`
      select id, count(*) over () as total from ${from(!!filters.price || sort !== 'relevance')}
      where ${where(filters)}
      order by ${order} ${rank} sku
      ${limit}`),
    query.facets ? readFacets(db, from, filters, inStore, nowIso) : Promise.resolve(undefined),
  ]);
  const items = rows.map((r) => catalogue.product(r.id)).filter((p): p is Product => !!p);
  const [first] = rows;
  const total = first ? Number(first.total) : paged && page > 1 ? await countMatches(db, from(!!filters.price), filters) : 0;
  return {
    items,
    total,
    ...(paged ? { page, pageSize } : {}),
    ...(facets ? { facets } : {}),
  };
}

async function countMatches(db: Db, from: SQL, filters: Filters): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*) as n from ${from} where ${where(filters)}`);
  return Number(row?.n ?? 0);
}

/** Each facet counts the matches of every other filter, so choosing a value never hides the others. */
async function readFacets(db: Db, from: ReadingFrom, filters: Filters, inStore: SQL | undefined, nowIso: string): Promise<SearchFacets> {
  const [byCategory, byBand, store] = await Promise.all([
    queryRows<{ category: Category; n: number }>(db, sql`select category, count(*) as n from ${from(!!filters.price)} where ${where(filters, 'category')} group by category`),
    queryRows<{ band: number; n: number }>(db, priceBandCountsSql(nowIso, where(filters, 'price'))),
    inStore ? queryRows<{ n: number }>(db, sql`select count(*) as n from ${from(!!filters.price)} where ${where({ ...filters, store: inStore })}`) : Promise.resolve(undefined),
  ]);
  const count = new Map(byCategory.map((r) => [r.category, Number(r.n)]));
  const bands = new Map(byBand.map((r) => [Number(r.band), Number(r.n)]));
  return {
    category: CATEGORIES.filter((c) => count.has(c)).map((c) => ({ value: c, count: count.get(c)! })),
    priceBand: PRICE_BANDS.map((b, i) => ({ min: b.min, max: b.max, count: bands.get(i) ?? 0 })),
    ...(store ? { inStore: Number(store[0]?.n ?? 0) } : {}),
  };
}
