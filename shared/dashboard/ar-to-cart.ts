import { addedProducts, ratio, type EventRow } from './dashboard-rows';

/** An AR view "leads to" an add when the same customer adds that product within this window, on any channel. */
export const AR_ATTRIBUTION_MS = 7 * 86_400_000;

export interface ArStats {
  views: number;
  viewsLeadingToAdd: number;
  rate: number;
  products: { productId: string; views: number; viewsLeadingToAdd: number }[];
}

/**
 * AR views that led to an add-to-cart: a `product.viewed_in_ar` followed, within a week, by an
 * `addLine` of the same product by the same customer (in AR, on the web, at the till...).
 *
 * @example arToCart(events).rate // 0.4 when 2 of 5 views led to an add
 */
export function arToCart(events: readonly EventRow[]): ArStats {
  const adds = new Map<string, number[]>();
  for (const e of events) {
    if (e.type !== 'cart.changed') continue;
    for (const productId of addedProducts(e)) {
      const k = `${e.customerId}\u0000${productId}`;
      const list = adds.get(k) ?? [];
      list.push(Date.parse(e.at));
      adds.set(k, list);
    }
  }
  const byProduct = new Map<string, { views: number; viewsLeadingToAdd: number }>();
  let views = 0;
  let led = 0;
  for (const e of events) {
    if (e.type !== 'product.viewed_in_ar' || typeof e.data.productId !== 'string') continue;
    const productId = e.data.productId;
    const at = Date.parse(e.at);
    const hit = (adds.get(`${e.customerId}\u0000${productId}`) ?? []).some((t) => t >= at && t - at <= AR_ATTRIBUTION_MS);
    views++;
    if (hit) led++;
    const p = byProduct.get(productId) ?? { views: 0, viewsLeadingToAdd: 0 };
    p.views++;
    if (hit) p.viewsLeadingToAdd++;
    byProduct.set(productId, p);
  }
  const products = [...byProduct].map(([productId, p]) => ({ productId, ...p }))
    .sort((a, b) => b.views - a.views || a.productId.localeCompare(b.productId));
  return { views, viewsLeadingToAdd: led, rate: ratio(led, views), products };
}
