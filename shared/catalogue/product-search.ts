import { z } from 'zod';
import { CategorySchema, ProductSchema } from './product';

/** Price bands offered as a facet, in minor units: [min, max) with max null for "and above". */
export const PRICE_BANDS: readonly { min: number; max: number | null }[] = [
  { min: 0, max: 5_000 },
  { min: 5_000, max: 10_000 },
  { min: 10_000, max: 25_000 },
  { min: 25_000, max: 50_000 },
  { min: 50_000, max: 100_000 },
  { min: 100_000, max: null },
];

/** Orders of the matches: best match first, or by the price shown (promotions applied). */
export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const flag = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');

/** `GET /api/products` query: words, filters, paging; without `page`/`pageSize` every match is returned. */
export const ProductSearchQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: CategorySchema.optional(),
  /** Minor units, inclusive; compared with the price shown (promotions applied), not the list price. */
  priceMin: z.coerce.number().int().min(0).max(100_000_000).optional(),
  /** Minor units, exclusive; compared with the price shown (promotions applied), not the list price. */
  priceMax: z.coerce.number().int().min(1).max(100_000_000).optional(),
  /** The shopper's store, for the "available in my store" facet and filter. */
  storeId: z.string().trim().min(1).max(64).optional(),
  inStock: flag.optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
  /** Order of the matches: best match first (default), or by the price shown, promotions applied. */
  sort: z.enum(PRODUCT_SORTS).optional(),
  /** Also count matches per category, price band and in the chosen store. */
  facets: flag.optional(),
});
export type ProductSearchQuery = z.infer<typeof ProductSearchQuerySchema>;

export const SearchFacetsSchema = z.object({
  category: z.array(z.object({ value: CategorySchema, count: z.number().int() })),
  priceBand: z.array(z.object({ min: z.number().int(), max: z.number().int().nullable(), count: z.number().int() })),
  /** Matches available in `storeId` (absent without a store). */
  inStore: z.number().int().optional(),
});
export type SearchFacets = z.infer<typeof SearchFacetsSchema>;

export const ProductSearchResultSchema = z.object({
  items: z.array(ProductSchema),
  total: z.number().int().optional(),
  page: z.number().int().optional(),
  pageSize: z.number().int().optional(),
  facets: SearchFacetsSchema.optional(),
});
export type ProductSearchResult = z.infer<typeof ProductSearchResultSchema>;
