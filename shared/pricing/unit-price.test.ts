import { describe, expect, it } from 'vitest';
import { unitPriceAfterPromotions } from './unit-price';
import { money } from '../money';
import type { Promotion } from './promotion';

const lamps: Promotion = { id: 'p', kind: 'category_percent', label: { fr: '-15 %', en: '15% off' }, category: 'lighting', percent: 15 };
const now = '2026-11-25T00:00:00Z';

describe('unitPriceAfterPromotions', () => {
  it('takes the percentage off one unit, rounded down, and keeps the former price', () => {
    expect(unitPriceAfterPromotions(money(6900), 'lighting', [lamps], now)).toEqual({ price: money(5865), was: money(6900), percent: 15 });
    expect(unitPriceAfterPromotions(money(4999), 'lighting', [lamps], now).price).toEqual(money(4250));
  });

  it('leaves other categories, set offers and promotions out of their dates alone', () => {
    expect(unitPriceAfterPromotions(money(6900), 'sofas', [lamps], now)).toEqual({ price: money(6900), was: null, percent: null });
    expect(unitPriceAfterPromotions(money(6900), 'lighting', [{ ...lamps, endsAt: '2026-01-01T00:00:00Z' }], now).was).toBeNull();
    const set: Promotion = { id: 'b', kind: 'bundle', label: { fr: 'x', en: 'x' }, productIds: ['a', 'b'], price: money(100) };
    expect(unitPriceAfterPromotions(money(6900), 'lighting', [set], now).was).toBeNull();
  });
});
