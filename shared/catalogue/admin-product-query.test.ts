import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AdminProductQuerySchema, queryAdminProducts } from './admin-product-query';
import type { Product } from './product';

const product = (i: number, over: Partial<Product> = {}): Product => ({
  id: `p-${i}`, sku: `SKU-${String(i).padStart(3, '0')}`, name: { fr: `Chaise n°${i}`, en: `Chair ${i}` }, description: { fr: 'd', en: 'd' },
  category: 'chairs', price: { amount: 1000, currency: 'EUR' }, dimensionsM: { w: 1, h: 1, d: 1 }, placement: 'floor',
  model: { glb: 'g', usdz: 'u' }, thumbnail: 't', variants: [], ...over,
});

describe('queryAdminProducts', () => {
  const all = [product(1), product(2, { status: 'draft', name: { fr: 'Canapé Été', en: 'Summer sofa' }, category: 'sofas' }), product(3, { variants: [{ id: 'v', name: { fr: 'v', en: 'v' }, swatch: '#000000', sku: 'VAR-XYZ' }] })];
  const q = (raw: Record<string, unknown>) => AdminProductQuerySchema.parse(raw);

  it('includes drafts and filters by status, category and words (accents ignored, variant SKUs too)', () => {
    expect(queryAdminProducts(all, q({})).total).toBe(3);
    expect(queryAdminProducts(all, q({ status: 'draft' })).items.map((p) => p.id)).toEqual(['p-2']);
    expect(queryAdminProducts(all, q({ status: 'published' })).items.map((p) => p.id)).toEqual(['p-1', 'p-3']);
    expect(queryAdminProducts(all, q({ q: 'CANAPE ete' })).items.map((p) => p.id)).toEqual(['p-2']);
    expect(queryAdminProducts(all, q({ q: 'var-xyz' })).items.map((p) => p.id)).toEqual(['p-3']);
    expect(queryAdminProducts(all, q({ category: 'sofas' })).total).toBe(1);
  });

  it('property: pages cover the matching products exactly once, in SKU order', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), (n, pageSize) => {
      const list = Array.from({ length: n }, (_, i) => product(n - i));
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(n / pageSize) + 1; page++) {
        const r = queryAdminProducts(list, q({ page, pageSize }));
        expect(r.total).toBe(n);
        seen.push(...r.items.map((p) => p.sku));
      }
      expect(seen).toEqual([...list.map((p) => p.sku)].sort());
    }));
  });
});
