import { Router } from 'express';
import type { Services } from '../app/services';
import { AdminProductQuerySchema, queryAdminProducts } from '../../shared/catalogue/admin-product-query';
import { ProductInputSchema } from '../../shared/catalogue/product-input';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { notFound } from '../http/http-error';
import { readAllProducts, readProduct } from '../catalogue/read-products';
import { createProduct, setProductStatus, updateProduct } from '../catalogue/edit-product';

/** The back office's products: admins and managers read (drafts included), admins write. */
export function adminProductRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;
  const writer = async (req: Parameters<typeof requirePrincipal>[0]) => {
    const p = requirePrincipal(req, 'admin');
    await s.limits.commands.consume(`admin:${p.userId}`);
    return p;
  };

  r.get('/admin/products', async (req, res) => {
    requirePrincipal(req, 'admin', 'manager');
    const q = parseInput(AdminProductQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-store');
    res.json(queryAdminProducts(await readAllProducts(db), q));
  });

  r.get('/admin/products/:id', async (req, res) => {
    requirePrincipal(req, 'admin', 'manager');
    const product = await readProduct(db, req.params.id);
    if (!product) throw notFound('product');
    res.set('Cache-Control', 'no-store');
    res.json(product);
  });

  r.post('/admin/products', async (req, res) => {
    const p = await writer(req);
    const input = parseInput(ProductInputSchema, req.body);
    res.status(201).json(await createProduct(s, p, input));
  });

  r.put('/admin/products/:id', async (req, res) => {
    const p = await writer(req);
    const input = parseInput(ProductInputSchema, req.body);
    res.json(await updateProduct(s, p, req.params.id, input));
  });

  r.post('/admin/products/:id/publish', async (req, res) => {
    const p = await writer(req);
    res.json(await setProductStatus(s, p, req.params.id, 'published'));
  });

  r.post('/admin/products/:id/unpublish', async (req, res) => {
    const p = await writer(req);
    res.json(await setProductStatus(s, p, req.params.id, 'draft'));
  });

  return r;
}
