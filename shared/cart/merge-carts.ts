import type { Cart, Line } from './cart';
import { MAX_LINE_QTY } from './cart-limits';
import { sameFulfilment } from './fulfilment-key';
import type { CartContext } from './cart-context';
import { repriceCart } from './apply-cart-commands';

/**
 * The rule for merging a guest cart into a customer's cart at sign-in:
 *
 * 1. A guest line for the same product, variant and fulfilment as a customer line is folded into it.
 *    The quantity becomes the sum, capped by what that source has available (and by the per-line
 *    maximum) but never below the larger of the two quantities: merging never takes away
 *    something the customer already had in either cart.
 * 2. Any other guest line is appended as it is, keeping its own id unless the customer cart
 *    already uses that id.
 * 3. The customer's cart version goes up by one; the guest cart is closed as `merged`.
 *
 * No line is ever dropped; quantities never go above the sum of the two.
 *
 * @example mergeCarts(customerCart, guestCart, (productId, f) => availableAt(productId, f), ctx)
 */
export function mergeCarts(
  into: Cart,
  from: Cart,
  availableFor: (line: Pick<Line, 'productId' | 'fulfilment'>) => number,
  ctx: Pick<CartContext, 'product' | 'promotions' | 'now' | 'channel' | 'newLineId'>,
): Cart {
  const lines: Line[] = [...into.lines];
  const ids = new Set(lines.map((l) => l.id));
  for (const g of from.lines) {
    const i = lines.findIndex(
      (l) => l.productId === g.productId && l.variantId === g.variantId && sameFulfilment(l.fulfilment, g.fulfilment),
    );
    const mine = lines[i];
    if (mine) {
      const cap = Math.min(MAX_LINE_QTY, availableFor(g));
      const qty = Math.min(mine.qty + g.qty, Math.max(cap, mine.qty, g.qty));
      lines[i] = { ...mine, qty };
    } else {
      const id = ids.has(g.id) ? ctx.newLineId() : g.id;
      ids.add(id);
      lines.push({ ...g, id });
    }
  }
  return repriceCart({ ...into, lines, version: into.version + 1, channel: ctx.channel, updatedAt: ctx.now }, ctx);
}
