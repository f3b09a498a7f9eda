import type { Fulfilment } from '../../../shared/cart/fulfilment';
import type { StockSummary } from './stock-summary';

/**
 * What an add to cart does until the customer chooses: pickup at the store they chose when it has
 * the product, else home delivery. The product page and the AR card start from the same answer.
 *
 * @example defaultFulfilment(summary, 'store-lyon') // { type: 'pickup', locationId: 'store-lyon' } when Lyon has it
 */
export function defaultFulfilment(summary: StockSummary | null, chosenStoreId: string | null): Fulfilment {
  const focus = summary?.focus;
  return focus && chosenStoreId && focus.location.id === chosenStoreId && focus.available > 0 ? { type: 'pickup', locationId: focus.location.id } : { type: 'ship' };
}
