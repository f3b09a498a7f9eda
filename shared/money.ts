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

// The arithmetic lives in a zod-free module so browser pages can use it without loading zod.
export { money, addMoney, multiplyMoney, sumMoney, formatMoney } from './money-math';
