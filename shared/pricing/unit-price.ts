import type { Category, Product } from '../catalogue/product';
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

/** What a product page or card shows: the unit price after promotions, and the set offers it is part of. */
export interface DisplayPrice extends UnitPrice {
  /** Active bundle offers this product belongs to. */
  bundles: Extract<Promotion, { kind: 'bundle' }>[];
}

/**
 * The price to show for one unit of a product: `unitPriceAfterPromotions`, the same one each cart
 * line is charged (so what is shown is what is charged), with the set offers it is part of. A
 * variant with its own price is shown at that price, as the cart charges it.
 *
 * @example displayPrice(product, promotions, new Date().toISOString()).was // null when no promotion
 */
export function displayPrice(p: Pick<Product, 'id' | 'category' | 'price'> & { variants?: Product['variants'] }, promotions: readonly Promotion[], nowIso: string, variantId?: string | null): DisplayPrice {
  const bundles = promotions.filter((x): x is Extract<Promotion, { kind: 'bundle' }> => x.kind === 'bundle' && x.productIds.includes(p.id) && isPromotionActive(x, nowIso));
  const base = (variantId && p.variants?.find((v) => v.id === variantId)?.price) || p.price;
  return { ...unitPriceAfterPromotions(base, p.category, promotions, nowIso), bundles };
}
