import type { Category } from '../catalogue/product';
import type { Money } from '../money';
import type { Promotion } from './promotion';
import { isPromotionActive } from './promotion-window';

export interface UnitPrice {
  /** What one unit costs today, per-unit promotions applied. */
  price: Money;
  /** The price before a per-unit promotion, when one applies. */
  was: Money | null;
  /** The percentage taken off, when a promotion applies. */
  percent: number | null;
}

/**
 * What one unit costs once the promotions that take a share off each unit (a category percentage)
 * are applied: the price every surface shows, and the one each cart line is charged per unit. Each
 * share is rounded down per unit, so the shown percentage is never exceeded and quantity times unit
 * price is the line's price. Set offers (bundles) are not in it: they price whole sets, in `priceLines`.
 *
 * @example unitPriceAfterPromotions(money(6900), 'lighting', promotions, now).price // { amount: 5865, ... } at -15 %
 */
export function unitPriceAfterPromotions(price: Money, category: Category | undefined, promotions: readonly Promotion[], nowIso: string): UnitPrice {
  let off = 0;
  let percent = 0;
  for (const p of promotions) {
    if (p.kind !== 'category_percent' || p.category !== category || !isPromotionActive(p, nowIso)) continue;
    off += Math.floor((price.amount * p.percent) / 100);
    percent += p.percent;
  }
  if (off <= 0) return { price, was: null, percent: null };
  return { price: { amount: Math.max(0, price.amount - off), currency: price.currency }, was: price, percent };
}
