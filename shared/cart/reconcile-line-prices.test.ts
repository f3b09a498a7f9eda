import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reconcileLinePrices, checkoutBlockers } from './reconcile-line-prices';
import { applyCartCommands } from './apply-cart-commands';
import { emptyCart, fixtureContext, fixtureProducts } from '../test-fixtures/cart-fixture';
import { money } from '../money';
import type { CartContext } from './cart-context';
import type { Line } from './cart';

const line = (over: Partial<Line> = {}): Line => ({ id: 'l1', productId: 'lamp', qty: 1, unitPrice: money(4999), fulfilment: { type: 'ship' }, ...over });
const priced = (prices: Record<string, number>, gone: string[] = []): CartContext['product'] => (id) => {
  if (gone.includes(id)) return undefined;
  const p = fixtureProducts[id];
  return p && { ...p, price: money(prices[id] ?? p.price.amount) };
};

describe('reconcileLinePrices', () => {
  it('gives a line the new price and a notice with the price the customer saw', () => {
    const r = reconcileLinePrices([line()], priced({ lamp: 5999 }));
    expect(r.changed).toBe(true);
    expect(r.lines[0]).toMatchObject({ unitPrice: { amount: 5999 }, priceChange: { from: { amount: 4999 }, to: { amount: 5999 } } });
  });

  it('keeps the first unseen price through several changes, and drops the notice when the price comes back', () => {
    const once = reconcileLinePrices([line()], priced({ lamp: 5999 })).lines;
    const twice = reconcileLinePrices(once, priced({ lamp: 6999 })).lines;
    expect(twice[0]!.priceChange).toEqual({ from: money(4999), to: money(6999) });
    const back = reconcileLinePrices(twice, priced({ lamp: 4999 })).lines;
    expect(back[0]!.priceChange).toBeUndefined();
    expect(back[0]!.unitPrice.amount).toBe(4999);
  });

  it('marks a line whose product is no longer sold, and lifts the mark when it is sold again', () => {
    const gone = reconcileLinePrices([line()], priced({}, ['lamp'])).lines;
    expect(gone[0]!.unavailable).toBe(true);
    expect(checkoutBlockers(gone).unavailable).toHaveLength(1);
    const back = reconcileLinePrices(gone, priced({})).lines;
    expect(back[0]!.unavailable).toBeUndefined();
  });

  it('charges the variant its own price, and marks a line whose variant is gone', () => {
    const product: CartContext['product'] = () => ({ price: money(100000), category: 'sofas', variants: [{ id: 'grey', price: money(120000) }] });
    expect(reconcileLinePrices([line({ productId: 'sofa', variantId: 'grey', unitPrice: money(120000) })], product).changed).toBe(false);
    expect(reconcileLinePrices([line({ productId: 'sofa', variantId: 'green', unitPrice: money(100000) })], product).lines[0]!.unavailable).toBe(true);
  });

  it('property: after reconciling, every sold line is at today\'s price, and it is a fixed point', () => {
    const lineArb = fc.record({ productId: fc.constantFrom('sofa', 'lamp', 'rug'), amount: fc.integer({ min: 1, max: 10 ** 6 }), seen: fc.option(fc.integer({ min: 1, max: 10 ** 6 })) });
    fc.assert(fc.property(fc.array(lineArb, { maxLength: 6 }), fc.dictionary(fc.constantFrom('sofa', 'lamp', 'rug'), fc.integer({ min: 1, max: 10 ** 6 })), fc.subarray(['sofa', 'lamp', 'rug']), (ls, prices, gone) => {
      const lines = ls.map((l, i) => line({ id: `l${i}`, productId: l.productId, unitPrice: money(l.amount), ...(l.seen ? { priceChange: { from: money(l.seen), to: money(l.amount) } } : {}) }));
      const product = priced(prices, gone);
      const r = reconcileLinePrices(lines, product);
      for (const l of r.lines) {
        if (gone.includes(l.productId)) expect(l.unavailable).toBe(true);
        else {
          expect(l.unitPrice).toEqual(product(l.productId)!.price);
          if (l.priceChange) expect(l.priceChange.from).not.toEqual(l.unitPrice);
        }
      }
      expect(reconcileLinePrices(r.lines, product).changed).toBe(false);
    }));
  });
});

describe('the cart reducer and price changes', () => {
  const add = { type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } } as const;

  it('adds a variant line at the variant\'s own price', () => {
    const ctx = fixtureContext({ product: (id) => (id === 'sofa' ? { ...fixtureProducts.sofa!, variants: [{ id: 'grey' }, { id: 'green', price: money(139900) }] } : fixtureProducts[id]) });
    const r = applyCartCommands(emptyCart(), [{ type: 'addLine', productId: 'sofa', variantId: 'green', qty: 2, fulfilment: { type: 'ship' } }, { type: 'addLine', productId: 'sofa', variantId: 'grey', qty: 1, fulfilment: { type: 'ship' } }], ctx);
    expect(r.ok && r.cart.lines.map((l) => l.unitPrice.amount)).toEqual([139900, 129900]);
    expect(r.ok && r.cart.totals.total.amount).toBe(2 * 139900 + 129900);
  });

  it('turns a price change into a notice that acceptPrices clears', () => {
    const first = applyCartCommands(emptyCart(), [add], fixtureContext());
    if (!first.ok) throw new Error('add failed');
    const dearer = fixtureContext({ product: priced({ lamp: 5999 }) });
    const r = applyCartCommands(first.cart, [{ type: 'setQty', lineId: 'l1', qty: 2 }], dearer);
    expect(r.ok && r.cart.lines[0]!.priceChange).toEqual({ from: money(4999), to: money(5999) });
    expect(r.ok && r.cart.totals.total.amount).toBe(2 * 5999);
    if (!r.ok) return;
    const accepted = applyCartCommands(r.cart, [{ type: 'acceptPrices' }], dearer);
    expect(accepted.ok && accepted.cart.lines[0]!.priceChange).toBeUndefined();
    expect(accepted.ok && checkoutBlockers(accepted.cart.lines).priceChanged).toEqual([]);
    expect(applyCartCommands(r.cart, [{ type: 'acceptPrices', lineIds: ['nope'] }], dearer)).toMatchObject({ ok: false, error: { reason: 'unknown_line' } });
  });

  it('counts a re-add as seeing the new price', () => {
    const first = applyCartCommands(emptyCart(), [add], fixtureContext());
    if (!first.ok) throw new Error('add failed');
    const r = applyCartCommands(first.cart, [add], fixtureContext({ product: priced({ lamp: 5999 }) }));
    expect(r.ok && r.cart.lines[0]).toMatchObject({ qty: 2, unitPrice: { amount: 5999 } });
    expect(r.ok && r.cart.lines[0]!.priceChange).toBeUndefined();
  });

  it('refuses to add a product no longer sold and leaves its line out of the totals', () => {
    const first = applyCartCommands(emptyCart(), [add, { ...add, productId: 'rug' }], fixtureContext());
    if (!first.ok) throw new Error('add failed');
    const ctx = fixtureContext({ product: priced({}, ['lamp']) });
    expect(applyCartCommands(first.cart, [add], ctx)).toMatchObject({ ok: false, error: { reason: 'unknown_product' } });
    const r = applyCartCommands(first.cart, [{ type: 'setQty', lineId: 'l2', qty: 2 }], ctx);
    expect(r.ok && r.cart.lines[0]!.unavailable).toBe(true);
    expect(r.ok && r.cart.totals.total.amount).toBe(2 * 19950);
  });
});
