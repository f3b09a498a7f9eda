import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeCarts } from './merge-carts';
import { emptyCart, fixtureContext } from '../test-fixtures/cart-fixture';
import { applyCartCommands } from './apply-cart-commands';
import type { CartCommand } from './cart-command';
import type { Cart } from './cart';
import { MAX_LINE_QTY } from './cart';

const addArb = fc.record({
  type: fc.constant('addLine' as const),
  productId: fc.constantFrom('sofa', 'lamp', 'rug'),
  qty: fc.integer({ min: 1, max: 60 }),
  fulfilment: fc.oneof(
    fc.constant({ type: 'ship' as const }),
    fc.constantFrom('lyon', 'paris').map((locationId) => ({ type: 'pickup' as const, locationId })),
  ),
});

function cartWith(id: string, adds: CartCommand[], prefix: string): Cart {
  let n = 0;
  const ctx = fixtureContext({ newLineId: () => `${prefix}${++n}` });
  let cart = emptyCart(id);
  for (const a of adds) {
    const r = applyCartCommands(cart, [a], ctx);
    if (r.ok) cart = r.cart;
  }
  return cart;
}

describe('mergeCarts (guest cart into customer cart at sign-in)', () => {
  it('sums quantities of the same item, capped by availability', () => {
    const mine = cartWith('c1', [{ type: 'addLine', productId: 'lamp', qty: 2, fulfilment: { type: 'ship' } }], 'm');
    const guest = cartWith('g1', [{ type: 'addLine', productId: 'lamp', qty: 3, fulfilment: { type: 'ship' } }], 'g');
    expect(mergeCarts(mine, guest, () => 100, fixtureContext()).lines.map((l) => l.qty)).toEqual([5]);
    expect(mergeCarts(mine, guest, () => 4, fixtureContext()).lines.map((l) => l.qty)).toEqual([4]);
    // Never below what either cart already had, even when stock has dropped below both.
    expect(mergeCarts(mine, guest, () => 0, fixtureContext()).lines.map((l) => l.qty)).toEqual([3]);
  });

  it('appends other lines and bumps the version once', () => {
    const mine = cartWith('c1', [{ type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } }], 'x');
    const guest = cartWith('g1', [{ type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'ship' } }], 'x');
    const merged = mergeCarts(mine, guest, () => 10, fixtureContext({ newLineId: () => 'fresh' }));
    expect(merged.lines.map((l) => [l.productId, l.id])).toEqual([['lamp', 'x1'], ['rug', 'fresh']]);
    expect(merged.version).toBe(mine.version + 1);
  });

  it('property: merging never loses a line and never exceeds the sum', () => {
    fc.assert(fc.property(fc.array(addArb, { maxLength: 8 }), fc.array(addArb, { maxLength: 8 }), fc.integer({ min: 0, max: 200 }), (a, b, stock) => {
      const mine = cartWith('c1', a, 'a');
      const guest = cartWith('g1', b, 'b');
      const merged = mergeCarts(mine, guest, () => stock, fixtureContext());
      const key = (l: Cart['lines'][number]) => `${l.productId}|${l.variantId}|${JSON.stringify(l.fulfilment)}`;
      for (const l of [...mine.lines, ...guest.lines]) {
        const m = merged.lines.find((x) => key(x) === key(l));
        expect(m, `line ${key(l)} kept`).toBeDefined();
        expect(m!.qty).toBeGreaterThanOrEqual(l.qty);
      }
      for (const m of merged.lines) {
        const sum = [...mine.lines, ...guest.lines].filter((l) => key(l) === key(m)).reduce((s, l) => s + l.qty, 0);
        expect(m.qty).toBeLessThanOrEqual(Math.max(sum, 0));
        expect(m.qty).toBeLessThanOrEqual(MAX_LINE_QTY);
      }
      expect(new Set(merged.lines.map((l) => l.id)).size).toBe(merged.lines.length);
      expect(merged.totals.items.amount).toBe(merged.lines.reduce((s, l) => s + l.qty * l.unitPrice.amount, 0));
    }));
  });
});
