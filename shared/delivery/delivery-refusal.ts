import type { Fulfilment } from '../cart/fulfilment';
import { checkFrenchAddress } from './french-address';
import { expressStoreFor, type QuoteLocation } from './quote-delivery';
import type { ShippingAddress } from './delivery-schemas';

export interface DeliveryRefusal {
  /** The request field at fault, as a path (`shippingAddress`, `shippingAddress.postcode`). */
  field: string;
  reason: 'address_needed' | 'not_france' | 'postcode_format' | 'postcode_unknown' | 'city_missing' | 'city_mismatch' | 'express_no_store';
  message: string;
}

const MESSAGES: Record<DeliveryRefusal['reason'], string> = {
  address_needed: 'lines to ship need a shippingAddress',
  not_france: 'home delivery is to France only (country FR)',
  postcode_format: 'a French postcode has five digits',
  postcode_unknown: 'this postcode is not one we deliver to',
  city_missing: 'the city is missing',
  city_mismatch: 'this postcode is not in this city',
  express_no_store: 'the express courier only rides in the cities of our stores',
};

/**
 * Why a checkout cannot deliver these lines to this address, or nothing: lines to ship need a
 * French address (the till may take the address by other means: `requireAddress: false`), and
 * express lines need an address in the city of a store.
 *
 * @example deliveryRefusal(cart.lines, body.shippingAddress, locations) // { field: 'shippingAddress', reason: 'address_needed', ... }
 */
export function deliveryRefusal(
  lines: readonly { fulfilment: Fulfilment }[],
  address: ShippingAddress | undefined,
  locations: readonly QuoteLocation[],
  opts: { requireAddress?: boolean } = {},
): DeliveryRefusal | undefined {
  const ship = lines.filter((l) => l.fulfilment.type === 'ship');
  if (!ship.length) return undefined;
  const express = ship.some((l) => l.fulfilment.type === 'ship' && l.fulfilment.method === 'express');
  const refuse = (field: string, reason: DeliveryRefusal['reason']): DeliveryRefusal => ({ field, reason, message: MESSAGES[reason] });
  if (!address) return opts.requireAddress === false && !express ? undefined : refuse('shippingAddress', 'address_needed');
  const check = checkFrenchAddress(address);
  if (!check.ok) return refuse(`shippingAddress.${check.field}`, check.reason);
  if (express && !expressStoreFor(address, locations)) return refuse('shippingAddress.city', 'express_no_store');
  return undefined;
}
