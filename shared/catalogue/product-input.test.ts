import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProductInputSchema, handleFrom, productFromInput, ProductHandleSchema } from './product-input';
import { ProductSchema, type Product } from './product';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const valid = {
  sku: 'VT-SOF-009',
  name: { fr: 'Canapé Test', en: 'Test sofa' },
  description: { fr: 'Un canapé.', en: 'A sofa.' },
  category: 'sofas',
  price: eur(99900),
  dimensionsM: { w: 2, h: 0.8, d: 0.9 },
  placement: 'floor',
  variants: [{ id: 'sable', name: { fr: 'Sable', en: 'Sand' }, swatch: '#c9b79c', sku: 'VT-SOF-009-S', price: eur(109900) }],
};

function problems(input: unknown): string[] {
  const r = ProductInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('ProductInputSchema', () => {
  it('accepts a complete product; a new one is a draft, a changed one keeps its status', () => {
    const r = ProductInputSchema.parse(valid);
    expect(productFromInput('n', r).status).toBe('draft');
    const published = productFromInput('n', { ...r, status: 'published' });
    expect(productFromInput('n', r, published).status).toBe('published');
    expect(productFromInput('n', r, { ...published, status: undefined }).status).toBeUndefined();
  });

  it('names the field of every refusal', () => {
    expect(problems({ ...valid, name: { fr: '', en: 'x' } })).toEqual(['name.fr']);
    expect(problems({ ...valid, price: eur(0) })).toEqual(['price.amount']);
    expect(problems({ ...valid, price: { amount: 10.5, currency: 'EUR' } })).toEqual(['price.amount']);
    expect(problems({ ...valid, dimensionsM: { w: 200, h: 0.8, d: 0.9 } })).toEqual(['dimensionsM.w']);
    expect(problems({ ...valid, placement: 'ceiling' })).toEqual(['placement']);
    expect(problems({ ...valid, category: 'boats' })).toEqual(['category']);
    expect(problems({ ...valid, compareAtPrice: eur(99900) })).toEqual(['compareAtPrice']);
    expect(problems({ ...valid, variants: [valid.variants[0], { ...valid.variants[0] }] })).toEqual(['variants.1.id', 'variants.1.sku']);
    expect(problems({ ...valid, variants: [{ ...valid.variants[0], swatch: 'red' }] })).toEqual(['variants.0.swatch']);
    expect(problems({ ...valid, variants: [{ ...valid.variants[0], price: { amount: 100, currency: 'USD' } }] })).toEqual(['variants.0.price.currency']);
    expect(problems({ ...valid, variants: [{ ...valid.variants[0], compareAtPrice: eur(100) }] })).toEqual(['variants.0.compareAtPrice']);
    expect(problems({ ...valid, id: 'Not A Handle' })).toEqual(['id']);
  });

  it('turns into a valid Product that keeps the model and thumbnail of the product it replaces', () => {
    const input = ProductInputSchema.parse(valid);
    const current = { ...ProductSchema.parse({ ...valid, id: 'x', model: { glb: '/m/x.glb', usdz: '/m/x.usdz' }, thumbnail: '/p/x.webp' }) };
    current.variants[0]!.model = { glb: '/m/v.glb', usdz: '/m/v.usdz' };
    const p: Product = productFromInput('x', input, current);
    expect(ProductSchema.parse(p)).toEqual(p);
    expect(p.model.glb).toBe('/m/x.glb');
    expect(p.thumbnail).toBe('/p/x.webp');
    expect(p.variants[0]!.model?.glb).toBe('/m/v.glb');
    // A new product has no model until one is uploaded: never a path to a file that does not exist.
    expect(productFromInput('new-one', input).model).toEqual({ glb: '', usdz: '' });
  });
});

describe('handleFrom', () => {
  it('makes Shopify-style handles', () => {
    expect(handleFrom('Canapé Oslo 3 places')).toBe('canape-oslo-3-places');
    expect(handleFrom('  Lampe -- Été! ')).toBe('lampe-ete');
  });

  it('always gives a valid handle or an empty string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const h = handleFrom(s);
      expect(h === '' || ProductHandleSchema.safeParse(h).success).toBe(true);
    }));
  });
});
