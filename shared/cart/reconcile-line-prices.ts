import type { Line } from './cart';
import type { CartContext } from './cart-context';
import { currentUnitPrice } from './line-price';

const sameMoney = (a: Line['unitPrice'], b: Line['unitPrice']) => a.amount === b.amount && a.currency === b.currency;

/**
 * Brings lines up to date with the catalogue, telling rather than silently changing: a line whose
 * price moved takes the new price and carries `priceChange {from, to}` (`from` stays the price the
 * customer last accepted, through several changes; a price back to it clears the notice); a line
 * whose product or variant is no longer sold is marked `unavailable`. Lines already up to date are
 * returned as the same objects, so `changed` is exact.
 *
 * @example const { lines, changed } = reconcileLinePrices(cart.lines, ctx.product);
 */
export function reconcileLinePrices(lines: readonly Line[], product: CartContext['product']): { lines: Line[]; changed: boolean } {
  let changed = false;
  const next = lines.map((l) => {
    const price = currentUnitPrice(product(l.productId), l.variantId);
    if (!price) {
      if (l.unavailable) return l;
      changed = true;
      return { ...l, unavailable: true as const };
    }
    const { unavailable: _u, priceChange, ...rest } = l;
    if (sameMoney(price, l.unitPrice) && !l.unavailable) return l;
    changed = true;
    const from = priceChange?.from ?? l.unitPrice;
    return sameMoney(from, price) ? { ...rest, unitPrice: price } : { ...rest, unitPrice: price, priceChange: { from, to: price } };
  });
  return { lines: changed ? next : [...lines], changed };
}

/** Why a cart cannot be paid for as it stands: lines with a price the customer has not accepted, and lines no longer sold. */
export function checkoutBlockers(lines: readonly Line[]): { priceChanged: Line[]; unavailable: Line[] } {
  return {
    priceChanged: lines.filter((l) => l.priceChange && !l.unavailable),
    unavailable: lines.filter((l) => l.unavailable),
  };
}
