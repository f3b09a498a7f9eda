import { describe, expect, it } from 'vitest';
import { canTransition } from './order-status';
import { ORDER_STATUSES, type OrderLine } from './order';
import { money } from '../money';

const pickupLine: OrderLine = { id: 'a', productId: 'p', qty: 1, unitPrice: money(1), fulfilment: { type: 'pickup', locationId: 'lyon' }, sourceLocationId: 'lyon' };
const shipLine: OrderLine = { id: 'b', productId: 'p', qty: 1, unitPrice: money(1), fulfilment: { type: 'ship' }, sourceLocationId: 'wh' };

describe('order status machine', () => {
  it('walks a pickup order through the desk', () => {
    expect(canTransition({ status: 'placed', lines: [pickupLine] }, 'ready_for_pickup').ok).toBe(true);
    expect(canTransition({ status: 'ready_for_pickup', lines: [pickupLine] }, 'picked_up').ok).toBe(true);
    expect(canTransition({ status: 'placed', lines: [pickupLine] }, 'shipped').ok).toBe(false);
    expect(canTransition({ status: 'placed', lines: [pickupLine] }, 'picked_up').ok).toBe(false);
  });

  it('ships an order with nothing to pick up', () => {
    expect(canTransition({ status: 'placed', lines: [shipLine] }, 'shipped').ok).toBe(true);
    expect(canTransition({ status: 'placed', lines: [shipLine] }, 'ready_for_pickup').ok).toBe(false);
  });

  it('final states go nowhere', () => {
    for (const from of ['picked_up', 'shipped', 'cancelled'] as const) {
      for (const to of ORDER_STATUSES) expect(canTransition({ status: from, lines: [shipLine, pickupLine] }, to).ok).toBe(false);
    }
  });
});
