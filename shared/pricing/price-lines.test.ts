import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { priceLines } from './price-lines';
import { unitPriceAfterPromotions } from './unit-price';
import { money } from '../money';
import type { Promotion } from './promotion';
import type { Category } from '../catalogue/product';

const categories: Record<string, Category> = { sofa: 'sofas', lamp: 'lighting', rug: 'rugs' };
const lightingSale: Promotion = { id: 'p1', kind: 'category_percent', label: { fr: '-20 % luminaires', en: '20% off lighting' }, category: 'lighting', percent: 20 };
const bundle: Promotion = { id: 'p2', kind: 'bundle', label: { fr: 'Salon', en: 'Living room set' }, productIds: ['sofa', 'rug'], price: money(130000) };
const ctx = (promotions: Promotion[], now = '2026-11-25T00:00:00Z') => ({ categoryOf: (id: string) => categories[id], promotions, now });
const L = (productId: string, qty: number, amount: number) => ({ productId, qty, unitPrice: money(amount) });

describe('priceLines', () => {
  it('takes a percentage off each unit of a category, rounded down per unit', () => {
    const r = priceLines([L('lamp', 3, 4999), L('rug', 1, 19950)], ctx([lightingSale]));
    expect(r.totals.discount.amount).toBe(3 * Math.floor(4999 * 0.2));
    expect(r.totals.total.amount).toBe(3 * 4999 + 19950 - 3 * Math.floor(4999 * 0.2));
  });

  it('gives each line the unit price every surface shows, the former price, and its total', () => {
    const r = priceLines([L('lamp', 2, 6900), L('rug', 1, 19950)], ctx([{ ...lightingSale, percent: 15 }]));
    expect(r.lines[0]).toEqual({ unit: money(5865), was: money(6900), total: money(11730) });
    expect(r.lines[1]).toEqual({ unit: money(19950), total: money(19950) });
    expect(r.lines[0]?.unit).toEqual(unitPriceAfterPromotions(money(6900), 'lighting', [{ ...lightingSale, percent: 15 }], '2026-11-25T00:00:00Z').price);
  });

  it('shares a set offer among the lines of the set', () => {
    const r = priceLines([L('sofa', 1, 129900), L('rug', 1, 19950)], ctx([bundle]));
    expect(r.lines.map((l) => l.total.amount).reduce((a, b) => a + b, 0)).toBe(130000);
    expect(r.lines[0]?.unit).toEqual(money(129900));
    expect(r.lines[0]?.total.amount).toBeLessThan(129900);
    expect(r.lines[1]?.total.amount).toBeLessThan(19950);
  });

  it('counts an unavailable line for nothing but still prices it for display', () => {
    const r = priceLines([{ ...L('lamp', 1, 1000), unavailable: true }], ctx([lightingSale]));
    expect(r.totals.total.amount).toBe(0);
    expect(r.lines[0]?.unit).toEqual(money(1000));
  });

  it('prices complete bundle sets and does not discount their units twice', () => {
    const r = priceLines([L('sofa', 2, 129900), L('rug', 1, 19950)], ctx([bundle, { ...lightingSale, category: 'rugs' }]));
    // One set: sofa + rug at 1300.00 instead of 1498.50; the rug in it gets no category discount.
    expect(r.promotions.map((p) => [p.id, p.amount.amount])).toEqual([['p2', 129900 + 19950 - 130000]]);
  });

  it('ignores promotions outside their dates', () => {
    const r = priceLines([L('lamp', 1, 1000)], ctx([{ ...lightingSale, endsAt: '2026-01-01T00:00:00Z' }]));
    expect(r.totals.discount.amount).toBe(0);
  });

  it('property: total = items - discount, and discount never exceeds items', () => {
    const arb = fc.array(fc.record({ productId: fc.constantFrom('sofa', 'lamp', 'rug'), qty: fc.integer({ min: 1, max: 99 }), amount: fc.integer({ min: 0, max: 500000 }) }), { maxLength: 8 });
    fc.assert(fc.property(arb, (specs) => {
      const r = priceLines(specs.map((s) => L(s.productId, s.qty, s.amount)), ctx([lightingSale, bundle]));
      const items = specs.reduce((s, x) => s + x.qty * x.amount, 0);
      expect(r.totals.items.amount).toBe(items);
      expect(r.totals.discount.amount).toBeLessThanOrEqual(items);
      expect(r.totals.total.amount).toBe(Math.max(0, items - r.totals.discount.amount));
      // One price: the lines' own totals add up to the cart's, and no line costs more than unit times quantity.
      expect(r.lines.reduce((s, l) => s + l.total.amount, 0)).toBe(r.totals.total.amount);
      for (const [i, l] of r.lines.entries()) expect(l.total.amount).toBeLessThanOrEqual(l.unit.amount * (specs[i]?.qty ?? 0));
    }));
  });
});
