import { z } from 'zod';

/** ISO 4217 code; the demo store only sells in euros but the type keeps the door open. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');

/**
 * Money is an integer number of minor units plus a currency: never a float.
 * @example { amount: 129900, currency: 'EUR' } // 1 299,00 €
 */
export const MoneySchema = z.object({
  amount: z.number().int(),
  currency: CurrencySchema,
});
export type Money = z.infer<typeof MoneySchema>;

export const DEFAULT_CURRENCY = 'EUR';

/** @example money(1999) // { amount: 1999, currency: 'EUR' } */
export function money(amount: number, currency: string = DEFAULT_CURRENCY): Money {
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

export function sumMoney(items: readonly Money[], currency: string = DEFAULT_CURRENCY): Money {
  return items.reduce(addMoney, money(0, currency));
}

/**
 * Formats for display in the given locale.
 * @example formatMoney(money(129900), 'fr') // "1 299,00 €"
 */
export function formatMoney(m: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount / 100);
}
