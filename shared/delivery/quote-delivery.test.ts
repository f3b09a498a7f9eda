import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { money } from '../money-math';
import { quoteDelivery, type QuoteInput, type QuoteLine } from './quote-delivery';
import { vatIncluded } from './vat-included';
import { deliveryRefusal } from './delivery-refusal';

const locations: QuoteInput['locations'] = [
  { id: 'wh-lyon', kind: 'warehouse', address: '12 rue du Dauphiné, 69800 Saint-Priest, France' },
  { id: 'store-lyon', kind: 'store', address: '17 rue du Docteur Bouchut, 69003 Lyon, France' },
  { id: 'store-paris', kind: 'store', address: '38 rue des Francs-Bourgeois, 75003 Paris, France' },
];
const line = (id: string, euros: number, fulfilment: QuoteLine['fulfilment']): QuoteLine => ({ id, productId: `p-${id}`, qty: 1, unitPrice: money(euros * 100), fulfilment, price: { total: money(euros * 100) } });
const paris = { name: 'Ada', line1: '1 rue de Rivoli', postcode: '75004', city: 'Paris', country: 'FR' };
const quote = (lines: QuoteLine[], over: Partial<QuoteInput> = {}) => {
  const total = money(lines.reduce((n, l) => n + l.price!.total.amount, 0));
  return quoteDelivery({
    now: new Date('2026-12-07T09:00:00Z'), lines, cartTotals: { items: total, discount: money(0), total }, locations, address: paris,
    sourceOf: (id) => (lines.find((l) => l.id === id)?.fulfilment.type === 'pickup' ? (lines.find((l) => l.id === id)!.fulfilment as { locationId: string }).locationId : 'wh-lyon'),
    storeHas: () => true,
    ...over,
  });
};

describe('delivery quote', () => {
  it('prices one group per way of travelling and adds the fees to the total with its VAT', () => {
    const q = quote([line('a', 89, { type: 'ship' }), line('b', 49, { type: 'ship', method: 'express' }), line('c', 69, { type: 'pickup', locationId: 'store-lyon' })]);
    expect(q.problems).toEqual([]);
    expect(q.groups.map((g) => [g.method, g.fee.amount, g.locationId])).toEqual([['standard', 990, undefined], ['express', 1990, 'store-paris'], ['pickup', 0, 'store-lyon']]);
    expect(q.totals.delivery.amount).toBe(2980);
    expect(q.totals.total.amount).toBe(20700 + 2980);
    expect(q.totals.vat.amount).toBe(Math.round((23680 * 20) / 120));
  });
  it('delivers free from 500 € of goods delivered home, never free overseas', () => {
    expect(quote([line('a', 499, { type: 'ship' })]).totals.delivery.amount).toBe(990);
    expect(quote([line('a', 500, { type: 'ship' })]).totals.delivery.amount).toBe(0);
    expect(quote([line('a', 900, { type: 'ship' })], { address: { ...paris, postcode: '97400', city: 'Saint-Denis' } }).totals.delivery.amount).toBe(4900);
  });
  it('says why express is not possible', () => {
    const express = [line('b', 49, { type: 'ship', method: 'express' })];
    expect(quote(express, { address: { ...paris, postcode: '33800', city: 'Bègles' } }).problems).toEqual([{ key: 'ship:express', field: 'shippingAddress.city', reason: 'express_no_store' }]);
    expect(quote(express, { storeHas: () => false }).problems).toEqual([{ key: 'ship:express', reason: 'express_no_stock' }]);
    expect(quote(express, { address: undefined }).problems).toEqual([{ key: 'ship:express', field: 'shippingAddress', reason: 'address_needed' }]);
    expect(quote(express, { address: { ...paris, country: 'DE' } }).problems[0]).toMatchObject({ field: 'shippingAddress.country', reason: 'not_france' });
  });
  it('offers each ship group the other method with its own fee', () => {
    const q = quote([line('a', 89, { type: 'ship' })], { address: { ...paris, postcode: '69003', city: 'Lyon' } });
    expect(q.groups[0]!.options?.map((o) => [o.method, o.fee.amount, o.available, o.locationId])).toEqual([['standard', 990, true, undefined], ['express', 1990, true, 'store-lyon']]);
  });
  it('promises later when a store ships instead of the warehouse', () => {
    const ship = [line('a', 89, { type: 'ship' })];
    expect(quote(ship, { sourceOf: () => 'store-lyon' }).groups[0]!.promise.from > quote(ship).groups[0]!.promise.from).toBe(true);
  });
  it('totals always add up: goods + fees, VAT a sixth of the total within a cent', () => {
    const f = fc.constantFrom<QuoteLine['fulfilment']>({ type: 'ship' }, { type: 'ship', method: 'express' }, { type: 'pickup', locationId: 'store-lyon' }, { type: 'pickup', locationId: 'store-paris' });
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), f), { minLength: 1, maxLength: 8 }), (spec) => {
      const q = quote(spec.map(([euros, ff], i) => line(`l${i}`, euros, ff)));
      const goods = spec.reduce((n, [e]) => n + e * 100, 0);
      expect(q.totals.total.amount).toBe(goods + q.groups.reduce((n, g) => n + g.fee.amount, 0));
      expect(q.groups.flatMap((g) => g.lineIds).sort()).toEqual(spec.map((_, i) => `l${i}`).sort());
      expect(Math.abs(q.totals.vat.amount * 6 - q.totals.total.amount)).toBeLessThanOrEqual(6);
      expect(vatIncluded(q.totals.total)).toEqual(q.totals.vat);
    }));
  });
});

describe('delivery refusals at checkout', () => {
  it('names the field: the address for shipped lines, the city for express outside a store city', () => {
    expect(deliveryRefusal([{ fulfilment: { type: 'pickup', locationId: 'store-lyon' } }], undefined, locations)).toBeUndefined();
    expect(deliveryRefusal([{ fulfilment: { type: 'ship' } }], undefined, locations)).toMatchObject({ field: 'shippingAddress', reason: 'address_needed' });
    expect(deliveryRefusal([{ fulfilment: { type: 'ship' } }], undefined, locations, { requireAddress: false })).toBeUndefined();
    expect(deliveryRefusal([{ fulfilment: { type: 'ship', method: 'express' } }], undefined, locations, { requireAddress: false })).toMatchObject({ field: 'shippingAddress' });
    expect(deliveryRefusal([{ fulfilment: { type: 'ship' } }], { ...paris, postcode: '7500' }, locations)).toMatchObject({ field: 'shippingAddress.postcode' });
    expect(deliveryRefusal([{ fulfilment: { type: 'ship', method: 'express' } }], { ...paris, postcode: '13001', city: 'Marseille' }, locations)).toMatchObject({ field: 'shippingAddress.city', reason: 'express_no_store' });
    expect(deliveryRefusal([{ fulfilment: { type: 'ship', method: 'express' } }], paris, locations)).toBeUndefined();
  });
});
