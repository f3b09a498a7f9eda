import { describe, expect, it } from 'vitest';
import { fulfilmentFor, moveLine, tillMode } from './till-mode';
import { takeNowRefusal } from './take-now-rule';
import type { CartCommand } from '../cart/cart-command';

describe('till modes', () => {
  it('reads a line as take now, pick up here, pick up elsewhere or ship, from one store', () => {
    expect(tillMode({ type: 'pickup', locationId: 'store-lyon', takeNow: true }, 'store-lyon')).toBe('take_now');
    expect(tillMode({ type: 'pickup', locationId: 'store-lyon' }, 'store-lyon')).toBe('pickup_here');
    expect(tillMode({ type: 'pickup', locationId: 'store-paris' }, 'store-lyon')).toBe('pickup_elsewhere');
    expect(tillMode({ type: 'ship' }, 'store-lyon')).toBe('ship');
  });

  it('moves a line with one setFulfilment, and not at all when it is already there', () => {
    const line = { id: 'l1', fulfilment: { type: 'ship' } as const };
    expect(moveLine(line, 'take_now', 'store-lyon')).toEqual({
      type: 'setFulfilment', lineId: 'l1', fulfilment: { type: 'pickup', locationId: 'store-lyon', takeNow: true },
    });
    expect(moveLine(line, 'ship', 'store-lyon')).toBeUndefined();
    for (const m of ['take_now', 'pickup_here', 'ship'] as const) expect(tillMode(fulfilmentFor(m, 'store-paris'), 'store-paris')).toBe(m);
  });
});

describe('who may hand goods over now', () => {
  const takeNow: CartCommand = { type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon', takeNow: true } };
  const plain: CartCommand = { type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } };

  it('lets only a clerk of that store set take now', () => {
    expect(takeNowRefusal([takeNow], { role: 'clerk', storeId: 'store-lyon' })).toBeUndefined();
    expect(takeNowRefusal([plain, takeNow], { role: 'clerk', storeId: 'store-paris' })?.commandIndex).toBe(1);
    expect(takeNowRefusal([takeNow], { role: 'customer' })?.commandIndex).toBe(0);
    expect(takeNowRefusal([takeNow], { role: 'advisor' })).toBeDefined();
  });

  it('leaves every other command alone', () => {
    expect(takeNowRefusal([plain, { type: 'setQty', lineId: 'x', qty: 0 }], { role: 'customer' })).toBeUndefined();
  });
});
