import { describe, expect, it } from 'vitest';
import { displayPrice } from './unit-price';
import { priceLines } from './price-lines';
import type { Promotion } from './promotion';

const lamps: Promotion = { id: 'p', kind: 'category_percent', label: { fr: '-15 %', en: '15% off' }, category: 'lighting', percent: 15 };
const now = '2026-11-25T00:00:00Z';
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const lamp = { id: 'lamp', category: 'lighting' as const, price: eur(6900), variants: [{ id: 'brass', name: { fr: 'Laiton', en: 'Brass' }, swatch: '#c90', price: eur(7900) }] } as Parameters<typeof displayPrice>[0];

describe('displayPrice', () => {
  it('shows the unit price each cart line is charged, promotions included', () => {
    const shown = displayPrice(lamp, [lamps], now);
    const line = priceLines([{ productId: 'lamp', qty: 3, unitPrice: eur(6900) }], { categoryOf: () => 'lighting', promotions: [lamps], now }).lines[0];
    expect(shown.price).toEqual(line?.unit);
    expect(shown.was).toEqual(eur(6900));
  });

  it('shows a variant at its own price', () => {
    expect(displayPrice(lamp, [lamps], now, 'brass').price).toEqual(eur(7900 - Math.floor(7900 * 0.15)));
  });
});
