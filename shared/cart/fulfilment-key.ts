import type { Fulfilment } from './fulfilment';

// Zod-free (see shared/money-math.ts); fulfilment.ts re-exports these.

/**
 * Stable key so that two lines with the same product and fulfilment merge into one. Taking an item
 * now at the till and collecting it later at the same store are different fulfilments.
 */
export function fulfilmentKey(f: Fulfilment): string {
  // Standard delivery keeps the key it had before methods existed, with or without `method`.
  if (f.type === 'ship') return f.method === 'express' ? 'ship:express' : 'ship';
  return f.takeNow ? `now:${f.locationId}` : `pickup:${f.locationId}`;
}

export function sameFulfilment(a: Fulfilment, b: Fulfilment): boolean {
  return fulfilmentKey(a) === fulfilmentKey(b);
}

/** A pickup line handed over at the till as soon as it is paid. */
export function isTakeNow(f: Fulfilment): f is Extract<Fulfilment, { type: 'pickup' }> & { takeNow: true } {
  return f.type === 'pickup' && f.takeNow === true;
}

/** A line delivered by the courier from a store of the customer's city. */
export function isExpress(f: Fulfilment): boolean {
  return f.type === 'ship' && f.method === 'express';
}
