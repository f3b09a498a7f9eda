import { z } from 'zod';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { ProductSchema } from '../../shared/catalogue/product';
import { ProductInputSchema } from '../../shared/catalogue/product-input';
import { PromotionSchema } from '../../shared/pricing/promotion';
import { AdminProductPageSchema, AdminProductQuerySchema } from '../../shared/catalogue/admin-product-query';

interface Helpers {
  json: (schema: z.ZodType) => object;
  error: (description: string) => object;
  auth: Record<string, string[]>[];
}

/** The back office's product and promotion routes and the public catalogue event stream. */
export function adminProductPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const id = z.object({ id: z.string() });
  const refused = { 401: error('no session'), 403: error('admins only (managers may read)') };
  const written = { 200: { description: 'product', ...json(ProductSchema) }, ...refused, 404: error('no such product'), 409: error('sku_taken: another product has this SKU'), 422: error('invalid input, naming the field') };
  return [
    { method: 'get', path: '/api/catalogue/events', summary: 'Server-sent events for open pages: `event: catalogue`, `data: {ids, version}` each time products change (ids `"*"`: refetch everything); the first event carries the current version and no ids', responses: { 200: { description: 'text/event-stream' } } },
    { method: 'get', path: '/api/admin/products', summary: 'Admin or manager: the products, drafts included, one page at a time (`q` searches handle, SKUs, names, vendor)', security: auth, request: { query: AdminProductQuerySchema }, responses: { 200: { description: 'page', ...json(AdminProductPageSchema) }, ...refused, 422: error('invalid query') } },
    { method: 'get', path: '/api/admin/products/{id}', summary: 'Admin or manager: one product, drafts included', security: auth, request: { params: id }, responses: { 200: { description: 'product', ...json(ProductSchema) }, ...refused, 404: error('no such product') } },
    { method: 'post', path: '/api/admin/products', summary: 'Admin: create a product (id = `id` of the body, or a handle made from the English name); a draft unless `status` says published', security: auth, request: { body: json(ProductInputSchema) as never }, responses: { 201: { description: 'product', ...json(ProductSchema) }, ...refused, 409: error('conflict: the id exists; sku_taken'), 422: error('invalid input, naming the field') } },
    { method: 'put', path: '/api/admin/products/{id}', summary: 'Admin: replace a product (model and thumbnail kept); carts holding it get price notices', security: auth, request: { params: id, body: json(ProductInputSchema) as never }, responses: written },
    { method: 'post', path: '/api/admin/products/{id}/publish', summary: 'Admin: put a product on sale', security: auth, request: { params: id }, responses: written },
    { method: 'post', path: '/api/admin/promotions', summary: 'Admin: start a promotion (a percentage off a category, or a price for a set of products, 0 making the set free); carts, the till and every page apply it at once', security: auth, request: { body: json(PromotionSchema) as never }, responses: { 201: { description: 'promotion', ...json(PromotionSchema) }, ...refused, 409: error('conflict: the id exists'), 422: error('invalid input, naming the field (a bundle naming an unknown product too)') } },
    { method: 'delete', path: '/api/admin/promotions/{id}', summary: 'Admin: end a promotion now; orders placed with it keep their prices', security: auth, request: { params: id }, responses: { 204: { description: 'ended' }, ...refused, 404: error('no such promotion') } },
    { method: 'post', path: '/api/admin/products/{id}/unpublish', summary: 'Admin: take a product off sale (a draft: 404 publicly, its cart lines marked unavailable)', security: auth, request: { params: id }, responses: written },
  ];
}
