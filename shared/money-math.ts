import type { Money } from './money';

/*
 * Money arithmetic and formatting, free of zod so that browser pages importing it do not load the
 * schema library; money.ts re-exports it next to the schema.
 */

/** @example money(1999) // { amount: 1999, currency: 'EUR' } */
export function money(amount: number, currency = 'EUR'): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`money amount must be a safe integer, got ${amount}`);
  return { amount, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.amount + b.amount, a.currency);
}

/** @example multiplyMoney(money(250), 3) // { amount: 750, currency: 'EUR' } */
export function multiplyMoney(m: Money, factor: number): Money {
  if (!Number.isInteger(factor)) throw new RangeError(`money can only be multiplied by an integer, got ${factor}`);
  return money(m.amount * factor, m.currency);
}

export function sumMoney(items: readonly Money[], currency = 'EUR'): Money {
  return items.reduce(addMoney, money(0, currency));
}

/** @example formatMoney(money(129900), 'fr') // "1 299,00 €" */
export function formatMoney(m: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount / 100);
}
