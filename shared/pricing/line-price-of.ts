import type { Line } from '../cart/cart';
import { multiplyMoney } from '../money-math';
import type { LinePrice } from './price-lines';

/**
 * A line's price as the cart was priced (`line.price`), or, for a cart priced before lines carried
 * it, its unit price without promotions; what every surface shows on a cart line.
 *
 * @example linePriceOf(cart.lines[0]).unit
 */
export function linePriceOf(line: Pick<Line, 'unitPrice' | 'qty' | 'price'>): LinePrice {
  return line.price ?? { unit: line.unitPrice, total: multiplyMoney(line.unitPrice, line.qty) };
}
