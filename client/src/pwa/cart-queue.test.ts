import { describe, expect, it } from 'vitest';
import { applyOffline, learnLineIds, translateCommands, LOCAL_LINE } from './cart-queue';
import { emptyCart, fixtureContext } from '../../../shared/test-fixtures/cart-fixture';
import { applyCartCommands } from '../../../shared/cart/apply-cart-commands';
import type { Cart } from '../../../shared/cart/cart';

const serverCart = (): Cart => {
  const r = applyCartCommands(emptyCart(), [{ type: 'addLine', productId: 'rug', qty: 1, fulfilment: { type: 'ship' } }], fixtureContext({ newLineId: () => 'ln_rug' }));
  if (!r.ok) throw new Error('fixture');
  return r.cart;
};

describe('the offline cart queue', () => {
  it('shows an offline change at once, with device-made line ids and the version unchanged', () => {
    const cart = serverCart();
    let n = 0;
    const r = applyOffline(cart, [
      { type: 'addLine', productId: 'lamp', qty: 2, fulfilment: { type: 'pickup', locationId: 'lyon' } },
      { type: 'setQty', lineId: 'ln_rug', qty: 3 },
    ], fixtureContext(), () => String(++n))!;
    expect(r.cart.version).toBe(cart.version);
    expect(r.cart.lines.map((l) => [l.id, l.qty])).toEqual([['ln_rug', 3], [`${LOCAL_LINE}1`, 2]]);
    expect(r.cart.totals.items.amount).toBe(3 * 19950 + 2 * 4999);
    expect(r.localLines).toEqual([{ localId: `${LOCAL_LINE}1`, productId: 'lamp', fulfilment: { type: 'pickup', locationId: 'lyon' } }]);
  });

  it('keeps the promotions offline: each line and the total priced as the server would', () => {
    const lamps = { id: 'p', kind: 'category_percent' as const, label: { fr: '-15 %', en: '15% off' }, category: 'lighting' as const, percent: 15 };
    const ctx = { ...fixtureContext(), promotions: [lamps] };
    const r = applyOffline(serverCart(), [{ type: 'addLine', productId: 'lamp', qty: 2, fulfilment: { type: 'ship' } }], ctx, () => '1')!;
    const online = applyCartCommands(serverCart(), [{ type: 'addLine', productId: 'lamp', qty: 2, fulfilment: { type: 'ship' } }], { ...ctx, newLineId: () => 'ln_lamp' });
    if (!online.ok) throw new Error('fixture');
    expect(r.cart.totals).toEqual(online.cart.totals);
    expect(r.cart.totals.discount.amount).toBe(2 * Math.floor(4999 * 0.15));
    expect(r.cart.lines[1]?.price).toEqual({ unit: { amount: 4999 - 749, currency: 'EUR' }, was: { amount: 4999, currency: 'EUR' }, total: { amount: 2 * (4999 - 749), currency: 'EUR' } });
  });

  it('refuses to guess when the change cannot apply (unknown product)', () => {
    expect(applyOffline(serverCart(), [{ type: 'addLine', productId: 'nope', qty: 1, fulfilment: { type: 'ship' } }], fixtureContext(), () => 'x')).toBeNull();
  });

  it('sends device-made ids as the server\'s, and drops changes to lines gone meanwhile', () => {
    const server = serverCart();
    expect(translateCommands([
      { type: 'setQty', lineId: `${LOCAL_LINE}1`, qty: 4 },
      { type: 'removeLine', lineId: `${LOCAL_LINE}2` },
      { type: 'setQty', lineId: 'ln_gone', qty: 1 },
      { type: 'setFulfilment', lineId: 'ln_rug', fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } },
    ], { [`${LOCAL_LINE}1`]: 'ln_rug' }, server)).toEqual([
      { type: 'setQty', lineId: 'ln_rug', qty: 4 },
      { type: 'setFulfilment', lineId: 'ln_rug', fulfilment: { type: 'ship' } },
      { type: 'addLine', productId: 'lamp', qty: 1, fulfilment: { type: 'ship' } },
    ]);
  });

  it('learns which server line a device-made line became', () => {
    const server = serverCart();
    expect(learnLineIds({ localLines: [{ localId: `${LOCAL_LINE}9`, productId: 'rug', fulfilment: { type: 'ship' } }] }, server)).toEqual({ [`${LOCAL_LINE}9`]: 'ln_rug' });
    expect(learnLineIds({ localLines: [{ localId: `${LOCAL_LINE}9`, productId: 'rug', fulfilment: { type: 'pickup', locationId: 'lyon' } }] }, server)).toEqual({});
  });
});
