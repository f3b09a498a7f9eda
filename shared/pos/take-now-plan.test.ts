import { describe, expect, it } from 'vitest';
import { markHandedOver, takeNowPlan } from './take-now-plan';
import { canTransition } from '../orders/order-status';
import type { Order, OrderLine } from '../orders/order';
import { money } from '../money';

const line = (id: string, productId: string, qty: number, fulfilment: OrderLine['fulfilment']): OrderLine => ({
  id, productId, qty, unitPrice: money(1000), fulfilment, sourceLocationId: fulfilment.type === 'pickup' ? fulfilment.locationId : 'wh-lyon',
});
const now = (id: string, productId: string, qty: number) => line(id, productId, qty, { type: 'pickup', locationId: 'store-lyon', takeNow: true });

describe('handing "take now" lines over at the till', () => {
  const lines = [
    now('a', 'vase-a', 1),
    line('b', 'lamp-b', 2, { type: 'pickup', locationId: 'store-lyon' }),
    now('c', 'lamp-b', 1),
    line('d', 'sofa', 1, { type: 'ship' }),
    line('e', 'lamp-b', 1, { type: 'pickup', locationId: 'store-paris', takeNow: true }),
  ];

  it('takes only this store\'s take-now lines, summed per product in product order', () => {
    expect(takeNowPlan(lines, 'store-lyon')).toEqual({ lineIds: ['a', 'c'], products: [{ productId: 'lamp-b', qty: 1 }, { productId: 'vase-a', qty: 1 }] });
    expect(takeNowPlan(lines, 'store-bordeaux').lineIds).toEqual([]);
  });

  it('completes the order only when every line is handed over', () => {
    const order = { lines } as Order;
    expect(markHandedOver(order, ['a', 'c'], 't').complete).toBe(false);
    const all = markHandedOver({ lines: [now('a', 'vase-a', 1)] } as Order, ['a'], 't');
    expect(all.complete).toBe(true);
    expect(all.order.lines[0]!.handedOverAt).toBe('t');
  });
});

describe('an order partly handed over at the till', () => {
  const order = (lines: OrderLine[]) => ({ status: 'placed' as const, lines });
  const handed = { ...now('a', 'vase-a', 1), handedOverAt: 't' };

  it('ships its remaining lines when nothing waits at a desk, and cannot be cancelled', () => {
    expect(canTransition(order([handed, line('d', 'sofa', 1, { type: 'ship' })]), 'shipped')).toEqual({ ok: true });
    expect(canTransition(order([handed, line('d', 'sofa', 1, { type: 'ship' })]), 'cancelled').ok).toBe(false);
  });

  it('still goes through the desk for a line to pick up later', () => {
    const o = order([handed, line('b', 'lamp-b', 1, { type: 'pickup', locationId: 'store-lyon' })]);
    expect(canTransition(o, 'ready_for_pickup')).toEqual({ ok: true });
    expect(canTransition(o, 'shipped').ok).toBe(false);
  });
});
