import { describe, expect, it } from 'vitest';
import { deskCharge, hasNothingToCollect, needsTerminal } from './desk-charge';
import type { Order, OrderLine } from './order';
import type { PickupPart } from './pickup-part';
import { money } from '../money';
import { priceLines } from '../pricing/price-lines';
import type { Promotion } from '../pricing/promotion';

const AT = '2026-01-01T10:00:00.000Z';
const line = (id: string, productId: string, store: string, unit: number, total: number): OrderLine => ({
  id, productId, qty: 1, unitPrice: money(unit), fulfilment: { type: 'pickup', locationId: store }, sourceLocationId: store,
  price: { unit: money(unit), total: money(total) },
});
const part = (storeId: string, lineIds: string[], paid?: PickupPart['paid']): PickupPart => ({ storeId, code: '123456', status: 'ready_for_pickup', lineIds, updatedAt: AT, ...(paid ? { paid } : {}) });
type ChargeOrder = Parameters<typeof deskCharge>[0];
const order = (lines: OrderLine[], pickups: PickupPart[], status: Order['payment']['status'] = 'due_at_pickup'): ChargeOrder => ({
  lines, pickups, delivery: [],
  totals: { items: money(0), discount: money(0), total: money(lines.reduce((s, l) => s + l.price!.total.amount, 0)) },
  payment: { method: status === 'due_at_pickup' ? 'in_store' : 'card', status },
});

// A set offered whole by a promotion: both its units cost nothing once it applies.
const gift: Promotion = { id: 'gift-set', kind: 'bundle', label: { fr: 'Offert', en: 'Free' }, productIds: ['sconce', 'bulb'], price: money(0) };

describe('what a pickup desk charges before handing its part over', () => {
  it('charges an order paid at pickup its part\'s share on the terminal', () => {
    const o = order([line('a', 'stool', 'store-paris', 12900, 12900), line('b', 'lamp', 'store-lyon', 5800, 5800)], [part('store-paris', ['a']), part('store-lyon', ['b'])]);
    expect(deskCharge(o, 'store-lyon')).toEqual({ kind: 'charge', amount: money(5800) });
    expect(deskCharge(o, 'store-bordeaux')).toBeUndefined();
  });

  it('settles with 0, without the terminal, a part whose lines a promotion offered', () => {
    const priced = priceLines(
      [{ productId: 'stool', qty: 1, unitPrice: money(12900) }, { productId: 'sconce', qty: 1, unitPrice: money(4900) }, { productId: 'bulb', qty: 1, unitPrice: money(900) }],
      { categoryOf: () => undefined, promotions: [gift], now: AT },
    ).lines;
    expect(priced.map((p) => p.total.amount)).toEqual([12900, 0, 0]);
    const o = order(
      [line('a', 'stool', 'store-paris', 12900, priced[0]!.total.amount), line('b', 'sconce', 'store-lyon', 4900, priced[1]!.total.amount), line('c', 'bulb', 'store-lyon', 900, priced[2]!.total.amount)],
      [part('store-paris', ['a']), part('store-lyon', ['b', 'c'])],
    );
    expect(deskCharge(o, 'store-lyon')).toEqual({ kind: 'settle', amount: money(0) });
    expect(deskCharge(o, 'store-paris')).toEqual({ kind: 'charge', amount: money(12900) });
  });

  it('owes nothing for a part already paid at its desk, nor for an order paid beforehand', () => {
    const lines = [line('a', 'stool', 'store-paris', 12900, 12900), line('b', 'lamp', 'store-lyon', 5800, 5800)];
    const paidHere = order(lines, [part('store-paris', ['a']), part('store-lyon', ['b'], { paymentId: 'pay_1', amount: money(5800) })]);
    expect(deskCharge(paidHere, 'store-lyon')).toEqual({ kind: 'none' });
    expect(deskCharge(order(lines, [part('store-paris', ['a']), part('store-lyon', ['b'])], 'captured'), 'store-lyon')).toEqual({ kind: 'none' });
  });

  it('sends only a positive amount to the terminal', () => {
    expect(needsTerminal(money(1))).toBe(true);
    expect(needsTerminal(money(0))).toBe(false);
    expect(needsTerminal(undefined)).toBe(false);
  });

  it('says nothing is to collect for a part worth nothing here, before and after its hand-over, but never for one it refunded', () => {
    expect(hasNothingToCollect({ amount: money(0), due: money(0) })).toBe(true);
    expect(hasNothingToCollect({ amount: money(0) })).toBe(true);
    expect(hasNothingToCollect({ amount: money(5800), due: money(5800) })).toBe(false);
    expect(hasNothingToCollect({ amount: money(5800) })).toBe(false);
    expect(hasNothingToCollect({ amount: money(0), refunded: money(0) })).toBe(false);
  });
});
