import type { Line } from './cart';
import { fulfilmentKey } from './fulfilment-key';

/**
 * Products whose demanded quantity at some source went up between two versions of a cart.
 * Only those are checked against stock, so lowering a quantity or removing a line always
 * succeeds even when stock has since dropped.
 */
export function grownProducts(before: readonly Line[], after: readonly Line[]): Set<string> {
  const demand = (lines: readonly Line[]) => {
    const m = new Map<string, number>();
    for (const l of lines) {
      const k = `${l.productId}\u0000${fulfilmentKey(l.fulfilment)}`;
      m.set(k, (m.get(k) ?? 0) + l.qty);
    }
    return m;
  };
  const was = demand(before);
  const grown = new Set<string>();
  for (const [k, qty] of demand(after)) {
    const [productId = k] = k.split('\u0000');
    if (qty > (was.get(k) ?? 0)) grown.add(productId);
  }
  return grown;
}
