import type { Cart, Line } from './cart';
import { MAX_CART_LINES, MAX_LINE_QTY } from './cart-limits';
import type { CartCommand } from './cart-command';
import type { CartCommandError } from './cart-error';
import type { CartContext } from './cart-context';
import type { Fulfilment } from './fulfilment';
import { sameFulfilment } from './fulfilment-key';
import { priceLines } from '../pricing/price-lines';
import { currentUnitPrice } from './line-price';
import { reconcileLinePrices } from './reconcile-line-prices';

export type CartResult = { ok: true; cart: Cart } | { ok: false; error: CartCommandError };

function checkFulfilment(f: Fulfilment, ctx: CartContext, commandIndex: number): CartCommandError | undefined {
  if (f.type !== 'pickup') return undefined;
  const loc = ctx.location(f.locationId);
  if (!loc) return { reason: 'unknown_location', commandIndex, locationId: f.locationId };
  if (loc.kind !== 'store') return { reason: 'not_a_store', commandIndex, locationId: f.locationId };
  return undefined;
}

function sameItem(l: Line, productId: string, variantId: string | undefined, f: Fulfilment): boolean {
  return l.productId === productId && l.variantId === variantId && sameFulfilment(l.fulfilment, f);
}

function applyOne(lines: Line[], cmd: CartCommand, i: number, ctx: CartContext): Line[] | CartCommandError {
  switch (cmd.type) {
    case 'addLine': {
      const product = ctx.product(cmd.productId);
      if (!product) return { reason: 'unknown_product', commandIndex: i, productId: cmd.productId };
      const variantId = cmd.variantId ?? product.variants[0]?.id;
      if (cmd.variantId && !product.variants.some((v) => v.id === cmd.variantId)) {
        return { reason: 'unknown_variant', commandIndex: i, productId: cmd.productId, variantId: cmd.variantId };
      }
      const bad = checkFulfilment(cmd.fulfilment, ctx, i);
      if (bad) return bad;
      const unitPrice = currentUnitPrice(product, variantId) ?? product.price;
      const existing = lines.find((l) => sameItem(l, cmd.productId, variantId, cmd.fulfilment));
      if (existing) {
        const qty = existing.qty + cmd.qty;
        if (qty > MAX_LINE_QTY) return { reason: 'qty_too_large', commandIndex: i, max: MAX_LINE_QTY };
        // Adding again is done from a page showing today's price: the customer has seen it.
        const { priceChange: _seen, ...rest } = existing;
        return lines.map((l) => (l === existing ? { ...rest, qty, unitPrice } : l));
      }
      if (lines.length >= MAX_CART_LINES) return { reason: 'cart_full', commandIndex: i, max: MAX_CART_LINES };
      const line: Line = {
        id: ctx.newLineId(),
        productId: cmd.productId,
        ...(variantId ? { variantId } : {}),
        qty: cmd.qty,
        unitPrice,
        fulfilment: cmd.fulfilment,
        ...(ctx.actor ? { addedBy: ctx.actor } : {}),
      };
      return [...lines, line];
    }
    case 'setQty': {
      if (!lines.some((l) => l.id === cmd.lineId)) return { reason: 'unknown_line', commandIndex: i, lineId: cmd.lineId };
      if (cmd.qty === 0) return lines.filter((l) => l.id !== cmd.lineId);
      return lines.map((l) => (l.id === cmd.lineId ? { ...l, qty: cmd.qty } : l));
    }
    case 'removeLine': {
      if (!lines.some((l) => l.id === cmd.lineId)) return { reason: 'unknown_line', commandIndex: i, lineId: cmd.lineId };
      return lines.filter((l) => l.id !== cmd.lineId);
    }
    case 'setFulfilment': {
      const line = lines.find((l) => l.id === cmd.lineId);
      if (!line) return { reason: 'unknown_line', commandIndex: i, lineId: cmd.lineId };
      const bad = checkFulfilment(cmd.fulfilment, ctx, i);
      if (bad) return bad;
      // Moving a line onto one that already has that fulfilment merges them, as adding would.
      const twin = lines.find((l) => l !== line && sameItem(l, line.productId, line.variantId, cmd.fulfilment));
      if (twin) {
        const qty = twin.qty + line.qty;
        if (qty > MAX_LINE_QTY) return { reason: 'qty_too_large', commandIndex: i, max: MAX_LINE_QTY };
        return lines.filter((l) => l !== line).map((l) => (l === twin ? { ...l, qty, ...(line.priceChange && !twin.priceChange ? { priceChange: line.priceChange } : {}) } : l));
      }
      return lines.map((l) => (l === line ? { ...l, fulfilment: cmd.fulfilment } : l));
    }
    case 'acceptPrices': {
      const unknown = cmd.lineIds?.find((id) => !lines.some((l) => l.id === id));
      if (unknown) return { reason: 'unknown_line', commandIndex: i, lineId: unknown };
      const accepted = (l: Line) => l.priceChange && (!cmd.lineIds || cmd.lineIds.includes(l.id));
      return lines.map((l) => {
        if (!accepted(l)) return l;
        const { priceChange: _seen, ...rest } = l;
        return rest;
      });
    }
  }
}

/** Recomputes totals, promotions and each line's price of a cart from its lines; used after every change. */
export function repriceCart(cart: Cart, ctx: Pick<CartContext, 'product' | 'promotions' | 'now'>): Cart {
  const priced = priceLines(cart.lines, {
    categoryOf: (id) => ctx.product(id)?.category,
    promotions: ctx.promotions,
    now: ctx.now,
  });
  const lines = cart.lines.map((l, i) => {
    const price = priced.lines[i];
    return price ? { ...l, price } : l;
  });
  return { ...cart, lines, totals: priced.totals, promotions: priced.promotions };
}

/**
 * Applies a batch of commands atomically: either every command applies and the cart's version
 * goes up by exactly one, or the first refusal is returned and nothing changes.
 *
 * @example applyCartCommands(cart, [{ type: 'addLine', productId: 'sofa-oslo-3', qty: 1, fulfilment: { type: 'ship' } }], ctx)
 */
export function applyCartCommands(cart: Cart, commands: readonly CartCommand[], ctx: CartContext): CartResult {
  if (cart.status !== 'active') return { ok: false, error: { reason: 'cart_closed' } };
  // Commands act on today's prices: a change not yet told to the customer becomes a notice first.
  let lines = ctx.reconcilePrices === false ? cart.lines : reconcileLinePrices(cart.lines, ctx.product).lines;
  for (const [i, command] of commands.entries()) {
    const next = applyOne(lines, command, i, ctx);
    if (!Array.isArray(next)) return { ok: false, error: next };
    lines = next;
  }
  const changed: Cart = { ...cart, lines, version: cart.version + 1, channel: ctx.channel, updatedAt: ctx.now };
  return { ok: true, cart: repriceCart(changed, ctx) };
}
