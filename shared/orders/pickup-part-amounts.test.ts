import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partAmountAt, pickupPartAmounts } from './pickup-part-amounts';
import type { Order, OrderLine } from './order';
import type { PickupPart } from './pickup-part';
import { money } from '../money';

const AT = '2026-01-01T10:00:00.000Z';
const line = (id: string, store: string | null, unit: number, qty = 1, total?: number): OrderLine => ({
  id, productId: `p-${id}`, qty, unitPrice: money(unit),
  fulfilment: store ? { type: 'pickup', locationId: store } : { type: 'ship' },
  sourceLocationId: store ?? 'wh-lyon',
  ...(total !== undefined ? { price: { unit: money(unit), total: money(total) } } : {}),
});
const part = (storeId: string, lineIds: string[], status: PickupPart['status'] = 'placed'): PickupPart => ({ storeId, code: '123456', status, lineIds, updatedAt: AT });
type AmountsOrder = Parameters<typeof pickupPartAmounts>[0];
const order = (lines: OrderLine[], pickups: PickupPart[], total: number, delivery: Order['delivery'] = []): AmountsOrder => ({
  lines, pickups, delivery, totals: { items: money(0), discount: money(0), total: money(total) },
});
const group = (method: 'pickup' | 'standard', fee: number, lineIds: string[], locationId?: string): NonNullable<Order['delivery']>[number] => ({
  key: method === 'pickup' ? `pickup:${locationId}` : 'ship', method, lineIds, ...(locationId ? { locationId } : {}), fromLocationIds: [], fee: money(fee), promise: { from: AT, by: AT },
});
const sum = (ms: { amount: { amount: number } }[]) => ms.reduce((s, m) => s + m.amount.amount, 0);

describe('what each pickup part of an order is worth', () => {
  it('charges each part its own lines when nothing is shared: a clock at Paris, two lamps at Lyon', () => {
    const o = order([line('c', 'store-paris', 4900), line('l', 'store-lyon', 2900, 2)], [part('store-paris', ['c']), part('store-lyon', ['l'])], 10700);
    expect(pickupPartAmounts(o).parts).toEqual([
      { storeId: 'store-paris', amount: money(4900) },
      { storeId: 'store-lyon', amount: money(5800) },
    ]);
    expect(partAmountAt(o, 'store-lyon')).toEqual(money(5800));
    expect(partAmountAt(o, 'store-bordeaux')).toBeUndefined();
  });

  it('counts each line after its promotions (line.price.total), not its list price', () => {
    // A bundle took 1 000 off the Lyon line only: Lyon pays its promoted price, Paris its own.
    const o = order([line('c', 'store-paris', 4900, 1, 4900), line('l', 'store-lyon', 2900, 2, 4800)], [part('store-paris', ['c']), part('store-lyon', ['l'])], 9700);
    expect(pickupPartAmounts(o).parts.map((p) => p.amount.amount)).toEqual([4900, 4800]);
  });

  it('shares an order-level discount in proportion, the last part taking the remainder cents', () => {
    // Three equal parts, 100 off the order: 33 + 33 + 34 off, the parts still add up to the total.
    const o = order(
      [line('a', 'store-paris', 1000), line('b', 'store-lyon', 1000), line('c', 'store-bordeaux', 1000)],
      [part('store-paris', ['a']), part('store-lyon', ['b']), part('store-bordeaux', ['c'])], 2900,
    );
    expect(pickupPartAmounts(o).parts.map((p) => p.amount.amount)).toEqual([966, 966, 968]);
  });

  it('gives each part its own pickup fee, and shares the fees of no part (a delivery) with the lines of no part', () => {
    const lines = [line('a', 'store-paris', 3000), line('b', 'store-lyon', 1000), line('s', null, 2000)];
    const delivery = [group('pickup', 100, ['a'], 'store-paris'), group('pickup', 0, ['b'], 'store-lyon'), group('standard', 990, ['s'])];
    const o = order(lines, [part('store-paris', ['a']), part('store-lyon', ['b'])], 7090, delivery);
    // Paid at pickup, the desks carry the shipped line and its fee, in proportion to 3100 : 1000.
    const atDesks = pickupPartAmounts(o);
    expect(atDesks.parts.map((p) => p.amount.amount)).toEqual([Math.floor((7090 * 3100) / 4100), 7090 - Math.floor((7090 * 3100) / 4100)]);
    expect(atDesks.rest).toEqual(money(0));
    // Kept apart, each part is its own lines and fee; the shipped line and its fee stay out of them.
    const apart = pickupPartAmounts(o, { rest: 'apart' });
    expect(apart.parts.map((p) => p.amount.amount)).toEqual([3100, 1000]);
    expect(apart.rest).toEqual(money(2990));
  });

  it('lets a single part be the whole order, as a one-store pickup always was', () => {
    const o = order([line('a', 'store-paris', 3000, 2, 5400)], [part('store-paris', ['a'])], 5400);
    expect(partAmountAt(o, 'store-paris')).toEqual(money(5400));
  });

  it('puts a total made of nothing but free lines and a fee on the last part', () => {
    const o = order([line('a', 'store-paris', 0), line('b', 'store-lyon', 0)], [part('store-paris', ['a']), part('store-lyon', ['b'])], 500);
    expect(pickupPartAmounts(o).parts.map((p) => p.amount.amount)).toEqual([0, 500]);
  });

  it('always adds up to the order total, never below zero, each part within a cent of its exact share', () => {
    const stores = ['store-paris', 'store-lyon', 'store-bordeaux'];
    fc.assert(fc.property(
      fc.array(fc.record({ store: fc.option(fc.constantFrom(...stores)), unit: fc.integer({ min: 0, max: 200_000 }), qty: fc.integer({ min: 1, max: 5 }), off: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: -5000, max: 5000 }),
      fc.constantFrom<'parts' | 'apart'>('parts', 'apart'),
      (specs, adjust, rest) => {
        const lines = specs.map((s, i) => line(`l${i}`, s.store, s.unit, s.qty, Math.floor((s.unit * s.qty * (100 - s.off)) / 100)));
        const pickups = stores.map((st) => part(st, lines.filter((l) => l.fulfilment.type === 'pickup' && l.fulfilment.locationId === st).map((l) => l.id))).filter((p) => p.lineIds.length);
        const goods = lines.reduce((s, l) => s + l.price!.total.amount, 0);
        const total = Math.max(0, goods + adjust);
        const o = order(lines, pickups, total);
        const r = pickupPartAmounts(o, { rest });
        if (!pickups.length) {
          expect(r).toEqual({ parts: [], rest: money(total) });
          return;
        }
        expect(sum(r.parts) + r.rest.amount).toBe(total);
        if (rest === 'parts') expect(r.rest.amount).toBe(0);
        for (const p of r.parts) expect(p.amount.amount).toBeGreaterThanOrEqual(0);
        expect(r.rest.amount).toBeGreaterThanOrEqual(0);
        const inParts = new Set(pickups.flatMap((p) => p.lineIds));
        const weightOf = (ids: string[]) => lines.filter((l) => ids.includes(l.id)).reduce((s, l) => s + l.price!.total.amount, 0);
        const restWeight = rest === 'apart' ? lines.filter((l) => !inParts.has(l.id)).reduce((s, l) => s + l.price!.total.amount, 0) : 0;
        const all = pickups.reduce((s, p) => s + weightOf(p.lineIds), 0) + restWeight;
        if (all === 0) return;
        // Every part but the last is its exact share rounded down; the last is within a cent of its exact share plus the others' rounding.
        r.parts.slice(0, -1).forEach((p, i) => {
          expect(p.amount.amount).toBe(Math.floor((total * weightOf(pickups[i]!.lineIds)) / all));
        });
        const lastExact = (total * weightOf(pickups[pickups.length - 1]!.lineIds)) / all;
        expect(Math.abs(r.parts[r.parts.length - 1]!.amount.amount - lastExact)).toBeLessThanOrEqual(pickups.length + 1);
      },
    ));
  });
});
