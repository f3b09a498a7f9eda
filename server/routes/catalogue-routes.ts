import { Router } from 'express';
import type { Services } from '../app/services';
import { AvailabilityQuerySchema, ProductQuerySchema } from '../../shared/http/api-schemas';
import { parseInput } from '../http/parse-input';
import { notFound } from '../http/http-error';
import { searchProducts } from '../catalogue/search-products';
import { searchCatalogue } from '../catalogue/search-catalogue';
import { readAvailability, readAvailabilityOf } from '../stock/stock-repository';

export function catalogueRoutes(s: Services): Router {
  const r = Router();
  // Live: reloaded in place when the merchant changes a product, so reading through it is always current.
  const { catalogue } = s;

  r.get('/products', async (req, res) => {
    const q = parseInput(ProductQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-cache');
    const plainList = !q.q && !q.priceMin && !q.priceMax && !q.inStock && !q.page && !q.pageSize && !q.facets && !q.sort;
    // The whole catalogue (or one category) is what the 3D store and the pickers load: straight from memory.
    if (plainList) return void res.json({ items: searchProducts(catalogue.products, undefined, q.category) });
    res.json(await searchCatalogue(s.database.db, catalogue, q));
  });

  r.get('/products/:id', (req, res) => {
    const p = catalogue.product(req.params.id);
    if (!p) throw notFound('product');
    // A merchant's change must show on the next fetch (pages refetch when /catalogue/events says so).
    res.set('Cache-Control', 'no-cache');
    res.json(p);
  });

  /** Open pages hear here which products changed, and refetch them (`event: catalogue`, `data: {ids, version}`). */
  r.get('/catalogue/events', (req, res) => {
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    s.catalogueEvents.open(res);
  });

  r.get('/products/:id/availability', async (req, res) => {
    const p = catalogue.product(req.params.id);
    if (!p) throw notFound('product');
    res.set('Cache-Control', 'no-cache');
    res.json({ productId: p.id, items: await readAvailability(s.database.db, catalogue, p.id) });
  });

  /** Availability of many products in one call, for grids (one request instead of one per card). */
  r.get('/availability', async (req, res) => {
    const q = parseInput(AvailabilityQuerySchema, req.query, 'query');
    const unknown = q.productIds.find((id) => !catalogue.product(id));
    if (unknown) throw notFound(`product "${unknown}"`);
    res.set('Cache-Control', 'no-cache');
    res.json({ items: await readAvailabilityOf(s.database.db, catalogue, q.productIds) });
  });

  r.get('/locations', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300');
    res.json({ items: catalogue.locations });
  });

  r.get('/promotions', (_req, res) => {
    res.json({ items: catalogue.promotions });
  });

  return r;
}
