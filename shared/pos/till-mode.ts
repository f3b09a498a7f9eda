import type { Line } from '../cart/cart';
import type { CartCommand } from '../cart/cart-command';
import type { Fulfilment } from '../cart/fulfilment';

/**
 * How a line leaves the store, seen from one store's till:
 * - `take_now`: handed over at the till as soon as it is paid;
 * - `pickup_here`: reserved here, collected later at the pickup desk;
 * - `pickup_elsewhere`: collected at another store;
 * - `ship`: delivered home.
 */
export const TILL_MODES = ['take_now', 'pickup_here', 'ship'] as const;
export type TillMode = (typeof TILL_MODES)[number] | 'pickup_elsewhere';

/** @example tillMode({ type: 'pickup', locationId: 'store-lyon', takeNow: true }, 'store-lyon') // 'take_now' */
export function tillMode(f: Fulfilment, storeId: string): TillMode {
  if (f.type === 'ship') return 'ship';
  if (f.locationId !== storeId) return 'pickup_elsewhere';
  return f.takeNow ? 'take_now' : 'pickup_here';
}

/** The fulfilment a till mode stands for at `storeId`. */
export function fulfilmentFor(mode: (typeof TILL_MODES)[number], storeId: string): Fulfilment {
  if (mode === 'ship') return { type: 'ship' };
  return mode === 'take_now' ? { type: 'pickup', locationId: storeId, takeNow: true } : { type: 'pickup', locationId: storeId };
}

/**
 * The cart command that moves a line to another till mode, or nothing when it is already there.
 *
 * @example moveLine(line, 'ship', 'store-lyon') // { type: 'setFulfilment', lineId, fulfilment: { type: 'ship' } }
 */
export function moveLine(line: Pick<Line, 'id' | 'fulfilment'>, mode: (typeof TILL_MODES)[number], storeId: string): CartCommand | undefined {
  if (tillMode(line.fulfilment, storeId) === mode) return undefined;
  return { type: 'setFulfilment', lineId: line.id, fulfilment: fulfilmentFor(mode, storeId) };
}
