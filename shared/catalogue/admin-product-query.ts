import { z } from 'zod';
import { CategorySchema, ProductSchema, type Product } from './product';

/** `GET /api/admin/products?q=&category=&status=&page=&pageSize=` */
export const AdminProductQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: CategorySchema.optional(),
  status: z.enum(['published', 'draft']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AdminProductQuery = z.infer<typeof AdminProductQuerySchema>;

export const AdminProductPageSchema = z.object({
  items: z.array(ProductSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type AdminProductPage = z.infer<typeof AdminProductPageSchema>;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * One page of the back office's product list, drafts included: every word of `q` must appear in
 * the handle, a SKU (the product's or a variant's), a name or the vendor, accents and case ignored;
 * ordered by SKU.
 *
 * @example queryAdminProducts(all, { q: 'oslo', status: 'draft', page: 1, pageSize: 50 })
 */
export function queryAdminProducts(products: readonly Product[], q: AdminProductQuery): AdminProductPage {
  const words = fold(q.q ?? '').split(/\s+/).filter(Boolean);
  const matching = products
    .filter((p) => (!q.category || p.category === q.category) && (!q.status || (p.status ?? 'published') === q.status))
    .filter((p) => {
      if (!words.length) return true;
      const hay = fold([p.id, p.sku, p.name.fr, p.name.en, p.vendor ?? '', ...p.variants.map((v) => v.sku ?? '')].join(' '));
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.sku.localeCompare(b.sku));
  const start = (q.page - 1) * q.pageSize;
  return { items: matching.slice(start, start + q.pageSize), total: matching.length, page: q.page, pageSize: q.pageSize };
}
