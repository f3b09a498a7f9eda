import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';
import { emptyDraft, emptyVariant, fromDraft, issuesToFieldErrors, parseCm, parseEuros, toDraft } from './product-form';

const sofa: Product = {
  id: 'sofa-oslo', sku: 'OSLO-3', name: { fr: 'Canapé Oslo', en: 'Oslo sofa' }, description: { fr: 'Trois places', en: 'Three seats' },
  category: 'sofas', price: { amount: 129900, currency: 'EUR' }, compareAtPrice: { amount: 149900, currency: 'EUR' },
  dimensionsM: { w: 2.14, h: 0.82, d: 0.95 }, placement: 'floor', model: { glb: '/models/sofa-oslo.glb', usdz: '/models/sofa-oslo.usdz' },
  thumbnail: '/posters/sofa-oslo.webp', vendor: 'Nordhus', tags: ['salon'],
  variants: [{ id: 'green', name: { fr: 'Vert', en: 'Green' }, swatch: '#2f7a4b', price: { amount: 139900, currency: 'EUR' }, model: { glb: 'g.glb', usdz: 'g.usdz' } }],
};

describe('the product form', () => {
  it('shows euros and centimetres and sends back cents and metres', () => {
    const d = toDraft(sofa);
    expect([d.price, d.compareAt, d.w, d.h, d.d]).toEqual(['1299.00', '1499.00', '214', '82', '95']);
    const r = fromDraft(d);
    if (!('input' in r)) throw new Error(JSON.stringify(r.errors));
    expect(r.input.price).toEqual({ amount: 129900, currency: 'EUR' });
    expect(r.input.dimensionsM).toEqual({ w: 2.14, h: 0.82, d: 0.95 });
    // Round trip: what the form does not edit comes back unchanged, the model and poster stay out.
    const { model: _m, thumbnail: _t, ...rest } = sofa;
    expect(r.input).toEqual({ ...rest, status: 'published' });
  });

  it('reads amounts and sizes the way people type them', () => {
    expect(parseEuros('1 299,5')).toBe(129950);
    expect(parseEuros('12.345')).toBeNull();
    expect(parseEuros('-3')).toBeNull();
    expect(parseEuros('0.1')).toBe(10);
    expect(parseCm('214,5')).toBe(2.145);
    expect(parseCm('0')).toBeNull();
  });

  it('keeps a variant row without its own price on the product price, and sends the SKU only when typed', () => {
    const d = { ...emptyDraft(), id: 'x', sku: 'X', nameFr: 'a', nameEn: 'a', descFr: 'a', descEn: 'a', price: '10', w: '1', h: '1', d: '1' };
    d.variants = [{ ...emptyVariant(), id: 'red', nameFr: 'Rouge', nameEn: 'Red', swatch: '#ff0000' }];
    const r = fromDraft(d);
    if (!('input' in r)) throw new Error('expected input');
    expect(r.input.variants).toEqual([{ id: 'red', name: { fr: 'Rouge', en: 'Red' }, swatch: '#ff0000' }]);
    expect(r.input.status).toBe('draft');
  });

  it('names the fields it cannot send rather than sending nonsense', () => {
    const d = { ...emptyDraft(), price: 'abc', w: '0', h: '10', d: '' };
    d.variants = [{ ...emptyVariant(), price: '1,2,3' }];
    const r = fromDraft(d);
    expect('errors' in r && r.errors).toEqual({ price: 'amount', 'dimensionsM.w': 'size', 'dimensionsM.d': 'size', 'variants.0.price': 'amount' });
  });

  it('puts the server messages beside their fields', () => {
    expect(
      issuesToFieldErrors([
        { path: 'price.amount', message: 'too small' },
        { path: 'name.fr', message: 'required' },
        { path: 'name.fr', message: 'second' },
        { path: '', message: 'whole body' },
        'junk',
      ]),
    ).toEqual({ price: 'too small', 'name.fr': 'required', _: 'whole body' });
    expect(issuesToFieldErrors(undefined)).toEqual({});
  });
});
