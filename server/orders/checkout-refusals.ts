import type { Services } from '../app/services';
import type { Line, Cart } from '../../shared/cart/cart';
import type { Channel } from '../../shared/channel';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import type { ShortLine } from '../../shared/stock/plan-reservations';
import { checkoutBlockers } from '../../shared/cart/reconcile-line-prices';
import { deliveryRefusal } from '../../shared/delivery/delivery-refusal';
import { HttpError } from '../http/http-error';
import { recordEvent } from '../timeline/record-event';

/** Lines the customer must look at before paying (docs/price-changes.md): a 409 naming them. */
export function blockedCheckout(lines: readonly Line[]): HttpError | undefined {
  const { priceChanged, unavailable } = checkoutBlockers(lines);
  if (unavailable.length) {
    return new HttpError(409, 'unavailable_lines', 'some products in the cart are no longer sold; remove them to check out', {
      lines: unavailable.map((l) => ({ lineId: l.id, productId: l.productId, ...(l.variantId ? { variantId: l.variantId } : {}) })),
    });
  }
  if (priceChanged.length) {
    return new HttpError(409, 'price_changed', 'some prices changed since they were added; accept them (command acceptPrices) to check out', {
      lines: priceChanged.map((l) => ({ lineId: l.id, productId: l.productId, ...(l.variantId ? { variantId: l.variantId } : {}), from: l.priceChange!.from, to: l.priceChange!.to })),
    });
  }
  return undefined;
}

/** The catalogue moved between the refresh before the transaction and the transaction itself. */
export class PricesMoved extends Error {}

/** A stock row planned on was short; `short` is empty when only the conditional update found it so. */
export class OutOfStock extends Error {
  constructor(readonly short: ShortLine[]) {
    super('out of stock');
  }
}

/** A 422 naming the field, like a schema mismatch, for a delivery the lines cannot have. */
export function refuseDelivery(s: Services, lines: readonly Line[], body: CheckoutRequest, requireAddress: boolean): void {
  const r = deliveryRefusal(lines, body.shippingAddress, s.catalogue.locations, { requireAddress });
  if (r) throw new HttpError(422, 'invalid', `invalid request body: ${r.field}: ${r.message}`, { field: r.field, reason: r.reason, issues: [{ path: r.field, message: r.message }] });
}

/** Puts the refusal on the customer's timeline, then answers 409 with every short line. */
export async function refuseShortStock(s: Services, cart: Cart, short: ShortLine[], channel: Channel): Promise<never> {
  await recordEvent(s.database.db, { customerId: cart.customerId, channel, type: 'checkout.refused', data: { cartId: cart.id, reason: 'insufficient_stock', lines: short } });
  throw new HttpError(409, 'insufficient_stock', 'some lines cannot be reserved; nothing was reserved', { lines: short });
}
