import type { Product } from '../../../shared/catalogue/product';
import type { Money } from '../../../shared/money';
import type { Promotion } from '../../../shared/pricing/promotion';
import { isPromotionActive } from '../../../shared/pricing/promotion-window';

export interface DisplayPrice {
  /** What one unit costs today. */
  price: Money;
  /** The price before a percentage promotion, when one applies. */
  was: Money | null;
  percent: number | null;
  /** Active bundle offers this product belongs to. */
  bundles: Extract<Promotion, { kind: 'bundle' }>[];
}

/**
 * The price to show for one unit, with the promotions of `shared/pricing` (the cart's totals use the
 * same definitions, so what is shown is what is charged).
 *
 * @example displayPrice(product, promotions, new Date().toISOString()).was // null when no promotion
 */
export function displayPrice(p: Product, promotions: readonly Promotion[], nowIso: string): DisplayPrice {
  const active = promotions.filter((x) => isPromotionActive(x, nowIso));
  const pct = active.find((x): x is Extract<Promotion, { kind: 'category_percent' }> => x.kind === 'category_percent' && x.category === p.category);
  const bundles = active.filter((x): x is Extract<Promotion, { kind: 'bundle' }> => x.kind === 'bundle' && x.productIds.includes(p.id));
  if (!pct) return { price: p.price, was: null, percent: null, bundles };
  const off = Math.floor((p.price.amount * pct.percent) / 100);
  return { price: { amount: p.price.amount - off, currency: p.price.currency }, was: p.price, percent: pct.percent, bundles };
}
