// Zod-free, so the pages that show an order number do not load the schema library.

/** Prefix of every order number; the digits come from the database's `order_number_seq`. */
export const ORDER_NUMBER_PREFIX = 'VT-';

/**
 * The human order number for the `n`-th order: what a customer reads out at a desk or types in an
 * e-mail. Six digits at least, more once there are a million orders.
 *
 * @example formatOrderNumber(123) // "VT-000123"
 */
export function formatOrderNumber(n: number | bigint | string): string {
  const digits = String(n);
  if (!/^[1-9]\d*$/.test(digits)) throw new RangeError(`order numbers are positive integers, got ${digits}`);
  return `${ORDER_NUMBER_PREFIX}${digits.padStart(6, '0')}`;
}

/** @example isOrderNumber('VT-000123') // true */
export function isOrderNumber(s: string): boolean {
  return /^VT-\d{6,}$/.test(s);
}
