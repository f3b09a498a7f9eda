import type { Product } from '../../../shared/catalogue/product';
import type { Promotion } from '../../../shared/pricing/promotion';
import { isPromotionActive } from '../../../shared/pricing/promotion-window';
import { unitPriceAfterPromotions, type UnitPrice } from '../../../shared/pricing/unit-price';

export interface DisplayPrice extends UnitPrice {
  /** Active bundle offers this product belongs to. */
  bundles: Extract<Promotion, { kind: 'bundle' }>[];
}

/**
 * The price to show for one unit: `unitPriceAfterPromotions` from `shared/pricing`, the same one
 * each cart line is charged (so what is shown is what is charged), with the set offers it is part of.
 *
 * A variant with its own price is shown at that price, as the cart charges it.
 *
 * @example displayPrice(product, promotions, new Date().toISOString()).was // null when no promotion
 */
export function displayPrice(p: Pick<Product, 'id' | 'category' | 'price'> & { variants?: Product['variants'] }, promotions: readonly Promotion[], nowIso: string, variantId?: string | null): DisplayPrice {
  const bundles = promotions.filter((x): x is Extract<Promotion, { kind: 'bundle' }> => x.kind === 'bundle' && x.productIds.includes(p.id) && isPromotionActive(x, nowIso));
  const base = (variantId && p.variants?.find((v) => v.id === variantId)?.price) || p.price;
  return { ...unitPriceAfterPromotions(base, p.category, promotions, nowIso), bundles };
}
