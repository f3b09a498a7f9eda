import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { DeliveryQuote, ShippingAddress } from '../../shared/delivery/delivery-schemas';
import { expressCities, expressStoreFor, quoteDelivery } from '../../shared/delivery/quote-delivery';
import { fulfilmentKey } from '../../shared/cart/fulfilment-key';
import { planReservations } from '../../shared/stock/plan-reservations';
import { findCart } from '../carts/cart-repository';
import { assertCartAccess } from '../carts/cart-access';
import { readCandidates } from '../stock/stock-repository';
import { notFound } from '../http/http-error';

/**
 * What checkout would charge for this cart delivered to this (partial) address, and when each
 * group arrives, planned on the stock of now: the cart page shows it and never computes a fee.
 *
 * @example await quoteCartDelivery(services, principal, cartId, { postcode: '75011', city: 'Paris', country: 'FR' })
 */
export async function quoteCartDelivery(s: Services, p: Principal, cartId: string, address: Partial<ShippingAddress> | undefined): Promise<DeliveryQuote> {
  const { db } = s.database;
  const cart = await findCart(db, cartId);
  if (!cart) throw notFound('cart');
  await assertCartAccess(db, p, cart, s.now());
  const locations = s.catalogue.locations;
  const candidates = await readCandidates(db, s.catalogue, [...new Set(cart.lines.map((l) => l.productId))]);
  const plan = planReservations(cart.lines, candidates, { expressFrom: expressStoreFor(address, locations)?.id });
  const source = new Map(plan.ok ? plan.reservations.flatMap((r) => r.lineIds.map((id) => [id, r.locationId] as const)) : []);
  const quote = quoteDelivery({
    now: s.now(), lines: cart.lines, cartTotals: cart.totals, locations, address, sourceOf: (id) => source.get(id),
    // The courier carries only what the store's shelves hold.
    storeHas: (storeId, lines) => planReservations(lines.map((l) => ({ ...l, fulfilment: { type: 'pickup' as const, locationId: storeId } })), candidates).ok,
  });
  // One stock problem per group, unless the quote already said why (the courier's store lacks it).
  const told = new Set(quote.problems.map((x) => x.key));
  const short = [...new Set(plan.ok ? [] : plan.short.map((x) => {
    const line = cart.lines.find((l) => l.id === x.lineId);
    return line ? fulfilmentKey(line.fulfilment) : 'ship';
  }))].filter((key) => !told.has(key)).map((key) => ({ key, reason: 'insufficient_stock' as const }));
  return { cartId: cart.id, version: cart.version, groups: quote.groups, expressCities: expressCities(locations), problems: [...quote.problems, ...short], totals: quote.totals };
}
