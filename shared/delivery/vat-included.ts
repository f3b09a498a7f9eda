import type { Money } from '../money';
import { money } from '../money-math';
import { VAT_RATE_PERCENT } from './delivery-rules';

/**
 * The VAT inside a price that includes it (French prices do), rounded to the cent.
 *
 * @example vatIncluded(money(12000)) // { amount: 2000, currency: 'EUR' }: 20 € of VAT in 120 €
 */
export function vatIncluded(total: Money, ratePercent: number = VAT_RATE_PERCENT): Money {
  return money(Math.round((total.amount * ratePercent) / (100 + ratePercent)), total.currency);
}
