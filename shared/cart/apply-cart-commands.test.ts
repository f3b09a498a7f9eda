import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCartCommands } from './apply-cart-commands';
import { CartCommandSchema, type CartCommand } from './cart-command';
import { emptyCart, fixtureContext } from '../test-fixtures/cart-fixture';
import type { Cart } from './cart';
import { MAX_LINE_QTY } from './cart';

const productIds = ['sofa', 'lamp', 'rug', 'ghost'];
const fulfilmentArb = fc.oneof(
  fc.constant({ type: 'ship' as const }),
  fc.constantFrom('lyon', 'paris', 'wh', 'nowhere').map((locationId) => ({ type: 'pickup' as const, locationId })),
);
/** Commands as a client might send them, valid or not: ids that may not exist, any numbers. */
const rawCommandArb = fc.oneof(
  fc.record({ type: fc.constant('addLine'), productId: fc.constantFrom(...productIds), qty: fc.oneof(fc.integer({ min: -3, max: 120 }), fc.double()), fulfilment: fulfilmentArb }),
  fc.record({ type: fc.constant('setQty'), lineId: fc.constantFrom('l1', 'l2', 'l3', 'zz'), qty: fc.oneof(fc.integer({ min: -3, max: 120 }), fc.double()) }),
  fc.record({ type: fc.constant('removeLine'), lineId: fc.constantFrom('l1', 'l2', 'l3', 'zz') }),
  fc.record({ type: fc.constant('setFulfilment'), lineId: fc.constantFrom('l1', 'l2', 'l3', 'zz'), fulfilment: fulfilmentArb }),
);

/** Runs a sequence the way the server does: parse at the boundary, then apply one batch at a time. */
function run(batches: unknown[][]): { carts: Cart[] } {
  const ctx = fixtureContext();
  const carts = [emptyCart()];
  for (const batch of batches) {
    const parsed = batch.map((c) => CartCommandSchema.safeParse(c));
    if (parsed.some((p) => !p.success)) continue;
    const r = applyCartCommands(carts[carts.length - 1]!, parsed.map((p) => p.data as CartCommand), ctx);
    if (r.ok) carts.push(r.cart);
  }
  return { carts };
}

describe('applyCartCommands', () => {
  it('adds a line at the catalogue price and totals it', () => {
    const r = applyCartCommands(emptyCart(), [{ type: 'addLine', productId: 'lamp', qty: 3, fulfilment: { type: 'ship' } }], fixtureContext());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cart.lines).toHaveLength(1);
    expect(r.cart.lines[0]).toMatchObject({ productId: 'lamp', qty: 3, unitPrice: { amount: 4999 } });
    expect(r.cart.totals.total.amount).toBe(3 * 4999);
    expect(r.cart.version).toBe(1);
  });

  it('merges a second add of the same product and fulfilment into one line', () => {
    const ctx = fixtureContext();
    const add = { type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'pickup', locationId: 'lyon' } } as const;
    const r = applyCartCommands(emptyCart(), [add, add], ctx);
    expect(r.ok && r.cart.lines.map((l) => l.qty)).toEqual([2]);
  });

  it('keeps pickup at two stores as two lines and refuses pickup at a warehouse', () => {
    const ctx = fixtureContext();
    const r = applyCartCommands(emptyCart(), [
      { type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'pickup', locationId: 'lyon' } },
      { type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'pickup', locationId: 'paris' } },
    ], ctx);
    expect(r.ok && r.cart.lines).toHaveLength(2);
    const bad = applyCartCommands(emptyCart(), [{ type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'pickup', locationId: 'wh' } }], ctx);
    expect(bad).toMatchObject({ ok: false, error: { reason: 'not_a_store' } });
  });

  it('refuses the whole batch when one command is bad, leaving the cart untouched', () => {
    const cart = emptyCart();
    const r = applyCartCommands(cart, [
      { type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } },
      { type: 'removeLine', lineId: 'nope' },
    ], fixtureContext());
    expect(r).toMatchObject({ ok: false, error: { reason: 'unknown_line', commandIndex: 1 } });
    expect(cart.lines).toHaveLength(0);
  });

  it('moving a line onto a twin fulfilment merges quantities', () => {
    const ctx = fixtureContext();
    const r1 = applyCartCommands(emptyCart(), [
      { type: 'addLine', productId: 'lamp', qty: 2, fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'lamp', qty: 3, fulfilment: { type: 'pickup', locationId: 'lyon' } },
    ], ctx);
    if (!r1.ok) throw new Error('setup');
    const r2 = applyCartCommands(r1.cart, [{ type: 'setFulfilment', lineId: r1.cart.lines[1]!.id, fulfilment: { type: 'ship' } }], ctx);
    expect(r2.ok && r2.cart.lines.map((l) => [l.qty, l.fulfilment.type])).toEqual([[5, 'ship']]);
  });

  it('refuses commands on a checked-out cart', () => {
    const r = applyCartCommands({ ...emptyCart(), status: 'checked_out' }, [{ type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } }], fixtureContext());
    expect(r).toMatchObject({ ok: false, error: { reason: 'cart_closed' } });
  });

  it('property: totals always equal the sum of line prices', () => {
    fc.assert(fc.property(fc.array(fc.array(rawCommandArb, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (batches) => {
      for (const cart of run(batches).carts) {
        const sum = cart.lines.reduce((s, l) => s + l.unitPrice.amount * l.qty, 0);
        expect(cart.totals.items.amount).toBe(sum);
        expect(cart.totals.total.amount).toBe(sum - cart.totals.discount.amount);
      }
    }));
  });

  it('property: every accepted change bumps the version by exactly one', () => {
    fc.assert(fc.property(fc.array(fc.array(rawCommandArb, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (batches) => {
      const { carts } = run(batches);
      carts.forEach((c, i) => {
        expect(c.version).toBe(i);
      });
    }));
  });

  it('property: quantities are always whole numbers between 1 and the line maximum', () => {
    fc.assert(fc.property(fc.array(fc.array(rawCommandArb, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (batches) => {
      for (const cart of run(batches).carts) {
        for (const l of cart.lines) {
          expect(Number.isInteger(l.qty)).toBe(true);
          expect(l.qty).toBeGreaterThanOrEqual(1);
          expect(l.qty).toBeLessThanOrEqual(MAX_LINE_QTY);
        }
      }
    }));
  });

  it('property: no two lines share product, variant and fulfilment, and line ids are unique', () => {
    fc.assert(fc.property(fc.array(fc.array(rawCommandArb, { minLength: 1, maxLength: 4 }), { maxLength: 25 }), (batches) => {
      for (const cart of run(batches).carts) {
        const keys = cart.lines.map((l) => `${l.productId}|${l.variantId}|${JSON.stringify(l.fulfilment)}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(cart.lines.map((l) => l.id)).size).toBe(cart.lines.length);
      }
    }));
  });
});
