import type { Fulfilment } from './fulfilment';

// Zod-free (see shared/money-math.ts); fulfilment.ts re-exports these.

/**
 * Stable key so that two lines with the same product and fulfilment merge into one. Taking an item
 * now at the till and collecting it later at the same store are different fulfilments.
 */
export function fulfilmentKey(f: Fulfilment): string {
  if (f.type === 'ship') return 'ship';
  return f.takeNow ? `now:${f.locationId}` : `pickup:${f.locationId}`;
}

export function sameFulfilment(a: Fulfilment, b: Fulfilment): boolean {
  return fulfilmentKey(a) === fulfilmentKey(b);
}

/** A pickup line handed over at the till as soon as it is paid. */
export function isTakeNow(f: Fulfilment): f is Extract<Fulfilment, { type: 'pickup' }> & { takeNow: true } {
  return f.type === 'pickup' && f.takeNow === true;
}
