import { describe, expect, it } from 'vitest';
import { pickupView, sortForDesk } from './pickup-order';
import type { Order, OrderLine } from '../orders/order';
import { money } from '../money';

const line = (id: string, fulfilment: OrderLine['fulfilment'], extra: Partial<OrderLine> = {}): OrderLine => ({
  id, productId: 'lamp-bulle', qty: 1, unitPrice: money(6900), fulfilment, sourceLocationId: 'store-lyon', ...extra,
});
const order = (lines: OrderLine[], extra: Partial<Order> = {}): Order => ({
  id: 'o1', number: 'VT-000001', cartId: 'c1', customerId: 'u1', status: 'placed', lines,
  totals: { items: money(6900), discount: money(0), total: money(6900) },
  payment: { method: 'card', status: 'paid' }, channel: 'web', pickupCode: '123456',
  createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', ...extra,
});
const who = { id: 'u1', name: 'Camille', guest: false };

describe('the pickup desk view of an order', () => {
  it('keeps only the lines waiting at this store and never the pickup code', () => {
    const v = pickupView(order([
      line('a', { type: 'pickup', locationId: 'store-lyon' }),
      line('b', { type: 'ship' }),
      line('c', { type: 'pickup', locationId: 'store-paris' }),
      line('d', { type: 'pickup', locationId: 'store-lyon', takeNow: true }, { handedOverAt: '2026-01-01T10:00:00.000Z' }),
    ]), 'store-lyon', who)!;
    expect(v.lines.map((l) => l.id)).toEqual(['a']);
    expect(v.otherLines).toBe(3);
    expect(JSON.stringify(v)).not.toContain('123456');
  });

  it('says what cancelling this store\'s part gave back, and owes nothing for a free part beyond a zero the desk settles', () => {
    const lines = [line('a', { type: 'pickup', locationId: 'store-lyon' }), line('b', { type: 'pickup', locationId: 'store-paris' }, { price: { unit: money(6900), total: money(0) } })];
    const at = '2026-01-01T10:00:00.000Z';
    const cancelled = order(lines, { pickups: [
      { storeId: 'store-lyon', code: '111111', status: 'cancelled', lineIds: ['a'], cancelReason: 'no_show', refunded: money(6900), updatedAt: at },
      { storeId: 'store-paris', code: '222222', status: 'ready_for_pickup', lineIds: ['b'], updatedAt: at },
    ] });
    expect(pickupView(cancelled, 'store-lyon', who)?.refunded).toEqual(money(6900));
    expect(pickupView(cancelled, 'store-paris', who)?.refunded).toBeUndefined();
    const dueHere = { ...cancelled, payment: { method: 'in_store' as const, status: 'due_at_pickup' as const } };
    expect(pickupView(dueHere, 'store-paris', who)?.due).toEqual(money(0));
  });

  it('leaves out orders with nothing waiting here', () => {
    expect(pickupView(order([line('b', { type: 'ship' })]), 'store-lyon', who)).toBeUndefined();
  });

  it('puts ready orders first, then the oldest', () => {
    const l = [line('a', { type: 'pickup', locationId: 'store-lyon' })];
    const older = pickupView(order(l, { id: 'old', createdAt: '2026-01-01T09:00:00.000Z' }), 'store-lyon', who)!;
    const newer = pickupView(order(l, { id: 'new' }), 'store-lyon', who)!;
    const ready = pickupView(order(l, { id: 'ready', status: 'ready_for_pickup', createdAt: '2026-01-02T09:00:00.000Z' }), 'store-lyon', who)!;
    expect([newer, ready, older].sort(sortForDesk).map((o) => o.id)).toEqual(['ready', 'old', 'new']);
  });
});

describe('the pickup desk view of an order collected at several stores', () => {
  const lines = [line('t', { type: 'pickup', locationId: 'store-paris' }), line('l', { type: 'pickup', locationId: 'store-lyon' })];
  const at = '2026-01-01T11:00:00.000Z';
  const o = order(lines, {
    pickups: [
      { storeId: 'store-paris', code: '111111', status: 'ready_for_pickup', lineIds: ['t'], updatedAt: at },
      { storeId: 'store-lyon', code: '222222', status: 'placed', lineIds: ['l'], updatedAt: at },
    ],
  });
  it('shows each desk its own part, with its own state and lines, and no code', () => {
    expect(pickupView(o, 'store-lyon', who)).toMatchObject({ status: 'placed', lines: [{ id: 'l' }], otherLines: 1 });
    expect(pickupView(o, 'store-paris', who)).toMatchObject({ status: 'ready_for_pickup', lines: [{ id: 't' }] });
    expect(JSON.stringify(pickupView(o, 'store-lyon', who))).not.toMatch(/111111|222222/);
  });

  it('gives each desk its own part\'s amount: what it charges when the order is paid at pickup, nothing due once that part is paid', () => {
    const priced = { ...o, lines: [line('t', { type: 'pickup', locationId: 'store-paris' }, { unitPrice: money(4900) }), line('l', { type: 'pickup', locationId: 'store-lyon' }, { qty: 2, unitPrice: money(2900) })], totals: { items: money(10700), discount: money(0), total: money(10700) } };
    const due = { ...priced, payment: { method: 'in_store' as const, status: 'due_at_pickup' as const } };
    expect(pickupView(due, 'store-paris', who)).toMatchObject({ amount: money(4900), due: money(4900) });
    expect(pickupView(due, 'store-lyon', who)).toMatchObject({ amount: money(5800), due: money(5800) });
    const lyonPaid = { ...due, pickups: due.pickups!.map((p) => (p.storeId === 'store-lyon' ? { ...p, paid: { paymentId: 'pay_1', amount: money(5800) } } : p)) };
    expect(pickupView(lyonPaid, 'store-lyon', who)?.due).toBeUndefined();
    expect(pickupView(lyonPaid, 'store-paris', who)?.due).toEqual(money(4900));
    // Paid beforehand: the part's amount, nothing due.
    expect(pickupView(priced, 'store-lyon', who)).toMatchObject({ amount: money(5800) });
    expect(pickupView(priced, 'store-lyon', who)?.due).toBeUndefined();
  });
});
