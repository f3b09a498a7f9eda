import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canMovePart, groupPickupParts, orderStatusFromParts, partUnits, PICKUP_PART_STATUSES } from './pickup-part';
import type { OrderLine } from './order';
import { money } from '../money';

const AT = '2026-01-01T10:00:00.000Z';
const line = (id: string, fulfilment: OrderLine['fulfilment'], productId = 'lamp', qty = 1): OrderLine => ({
  id, productId, qty, unitPrice: money(100), fulfilment, sourceLocationId: fulfilment.type === 'pickup' ? fulfilment.locationId : 'wh-lyon',
});
let n = 0;
const codes = () => String(100000 + (n++ % 3));

const fulfilmentArb = fc.oneof(
  fc.constant<OrderLine['fulfilment']>({ type: 'ship' }),
  fc.constantFrom('store-paris', 'store-lyon', 'store-bordeaux').map((locationId): OrderLine['fulfilment'] => ({ type: 'pickup', locationId })),
  fc.constant<OrderLine['fulfilment']>({ type: 'pickup', locationId: 'store-lyon', takeNow: true }),
);

describe('pickup parts of an order', () => {
  it('puts every pickup line in exactly one part, one part per store, each with its own code', () => {
    fc.assert(fc.property(fc.array(fulfilmentArb, { maxLength: 12 }), (fs) => {
      const lines = fs.map((f, i) => line(`l${i}`, f));
      const parts = groupPickupParts(lines, codes, AT);
      const waiting = lines.filter((l) => l.fulfilment.type === 'pickup' && !l.fulfilment.takeNow);
      const placed = parts.flatMap((p) => p.lineIds);
      expect([...placed].sort()).toEqual(waiting.map((l) => l.id).sort());
      expect(new Set(placed).size).toBe(placed.length);
      expect(new Set(parts.map((p) => p.storeId)).size).toBe(parts.length);
      expect(new Set(parts.map((p) => p.code)).size).toBe(parts.length);
      for (const p of parts) {
        for (const id of p.lineIds) expect(lines.find((l) => l.id === id)!.fulfilment).toMatchObject({ type: 'pickup', locationId: p.storeId });
        expect(p.status).toBe('placed');
      }
    }));
  });

  it('gives a table at Paris and two lamps at Lyon two parts', () => {
    const lines = [line('t', { type: 'pickup', locationId: 'store-paris' }, 'table'), line('l', { type: 'pickup', locationId: 'store-lyon' }, 'lamp', 2), line('s', { type: 'ship' })];
    const parts = groupPickupParts(lines, codes, AT);
    expect(parts.map((p) => [p.storeId, p.lineIds])).toEqual([['store-paris', ['t']], ['store-lyon', ['l']]]);
    expect(partUnits(parts[1]!, lines)).toEqual([{ productId: 'lamp', qty: 2 }]);
  });

  it('moves a part through its desk only', () => {
    expect(canMovePart({ status: 'placed' }, 'ready_for_pickup')).toBe(true);
    expect(canMovePart({ status: 'ready_for_pickup' }, 'picked_up')).toBe(true);
    expect(canMovePart({ status: 'placed' }, 'picked_up')).toBe(false);
    expect(canMovePart({ status: 'placed' }, 'shipped')).toBe(false);
    for (const to of PICKUP_PART_STATUSES) {
      expect(canMovePart({ status: 'picked_up' }, to)).toBe(false);
      expect(canMovePart({ status: 'cancelled' }, to)).toBe(false);
    }
  });

  it('derives the order status from its parts, the same as the part for a single store', () => {
    for (const s of PICKUP_PART_STATUSES) expect(orderStatusFromParts([{ status: s }], 'placed')).toBe(s);
    expect(orderStatusFromParts([{ status: 'ready_for_pickup' }, { status: 'placed' }], 'placed')).toBe('placed');
    expect(orderStatusFromParts([{ status: 'picked_up' }, { status: 'ready_for_pickup' }], 'placed')).toBe('ready_for_pickup');
    expect(orderStatusFromParts([{ status: 'picked_up' }, { status: 'cancelled' }], 'placed')).toBe('picked_up');
    expect(orderStatusFromParts([{ status: 'cancelled' }, { status: 'cancelled' }], 'placed')).toBe('cancelled');
    expect(orderStatusFromParts([], 'shipped')).toBe('shipped');
  });
});
