import type { Money } from '../money';
import { money, sumMoney, addMoney, multiplyMoney } from '../money-math';
import type { Fulfilment } from '../cart/fulfilment';
import { fulfilmentKey } from '../cart/fulfilment-key';
import { checkFrenchAddress, inStoreCity, storeCity, type DeliveryZone } from './french-address';
import { DELIVERY_FEES, FREE_STANDARD_FROM } from './delivery-rules';
import { expressPromise, pickupPromise, standardPromise } from './promised-dates';
import { vatIncluded } from './vat-included';
import type { DeliveryGroup, DeliveryOption, DeliveryProblem, OrderTotals, ShippingAddress } from './delivery-schemas';

export interface QuoteLine {
  id: string;
  productId: string;
  qty: number;
  unitPrice: Money;
  fulfilment: Fulfilment;
  price?: { total: Money };
}

export interface QuoteLocation {
  id: string;
  kind: 'warehouse' | 'store';
  address: string;
}

export interface QuoteInput {
  now: Date;
  lines: readonly QuoteLine[];
  /** The cart's totals (goods after promotions); delivery is added to them. */
  cartTotals: { items: Money; discount: Money; total: Money };
  locations: readonly QuoteLocation[];
  /** The delivery address as typed so far; fields may be missing while the form is filled. */
  address?: Partial<ShippingAddress>;
  /** Where each line is served from, as planned on the stock of now (undefined: nowhere yet). */
  sourceOf: (lineId: string) => string | undefined;
  /** Whether the store has the stock for these lines (the courier only carries what is on its shelves). */
  storeHas: (storeId: string, lines: readonly QuoteLine[]) => boolean;
}

export interface Quote {
  groups: DeliveryGroup[];
  problems: DeliveryProblem[];
  totals: OrderTotals;
}

const lineTotal = (l: QuoteLine) => l.price?.total ?? multiplyMoney(l.unitPrice, l.qty);

/** Standard delivery's fee for goods of that value to that zone (docs/delivery.md). */
export function standardFee(goods: Money, zone: DeliveryZone): Money {
  if (zone === 'overseas') return money(DELIVERY_FEES.standardOverseas, goods.currency);
  return money(goods.amount >= FREE_STANDARD_FROM ? 0 : DELIVERY_FEES.standard, goods.currency);
}

/**
 * The store whose courier delivers to this address: the first store (by id) in the address's city.
 *
 * @example expressStoreFor({ postcode: '75011', city: 'Paris' }, locations) // the Paris store
 */
export function expressStoreFor(address: Partial<ShippingAddress> | undefined, locations: readonly QuoteLocation[]): QuoteLocation | undefined {
  if (!address?.postcode || !address.city) return undefined;
  const at = { postcode: address.postcode, city: address.city };
  return [...locations].sort((a, b) => a.id.localeCompare(b.id)).find((l) => l.kind === 'store' && inStoreCity(at, l.address));
}

/** The cities the courier rides in, for the cart page's hint. */
export function expressCities(locations: readonly QuoteLocation[]): string[] {
  const names = locations.filter((l) => l.kind === 'store').flatMap((l) => {
    const m = /\b\d{5}\s+([^,]+)/.exec(l.address);
    return m && storeCity(l.address) ? [m[1]!.trim()] : [];
  });
  return [...new Set(names)].sort();
}

/**
 * Groups a cart's lines by how they travel and prices each group by the written rules: fee, the
 * promised date from where the goods are, and the totals with delivery and the VAT they include.
 * The server answers the cart page's quote and charges checkout with this same function, so the
 * fee shown is the fee paid.
 *
 * @example quoteDelivery({ now, lines: cart.lines, cartTotals: cart.totals, locations, address, sourceOf, storeHas })
 */
export function quoteDelivery(input: QuoteInput): Quote {
  const { now, lines, locations, address } = input;
  const kindOf = new Map(locations.map((l) => [l.id, l.kind]));
  const currency = input.cartTotals.total.currency;
  const problems: DeliveryProblem[] = [];
  const shipping = lines.some((l) => l.fulfilment.type === 'ship');
  const hasAddress = !!(address?.postcode && address.city && address.country);
  const check = hasAddress ? checkFrenchAddress({ postcode: address!.postcode!, city: address!.city!, country: address!.country! }) : undefined;
  if (shipping && check && !check.ok) problems.push({ key: 'ship', field: `shippingAddress.${check.field}`, reason: check.reason });
  const zone: DeliveryZone = check?.ok ? check.zone : 'metropolitan';
  const courier = expressStoreFor(address, locations);

  const byKey = new Map<string, QuoteLine[]>();
  for (const l of lines) {
    const k = fulfilmentKey(l.fulfilment);
    byKey.set(k, [...(byKey.get(k) ?? []), l]);
  }

  const standardFor = (group: readonly QuoteLine[]): DeliveryOption => {
    const from = group.map((l) => input.sourceOf(l.id)).some((id) => id && kindOf.get(id) === 'store') ? 'store' : 'warehouse';
    return { method: 'standard', fee: standardFee(sumMoney(group.map(lineTotal), currency), zone), available: !check || check.ok, promise: standardPromise(now, from, zone) };
  };
  const expressFor = (group: readonly QuoteLine[]): DeliveryOption => ({
    method: 'express',
    fee: money(DELIVERY_FEES.express, currency),
    available: !!courier && (!check || check.ok) && input.storeHas(courier.id, group),
    ...(courier ? { locationId: courier.id } : {}),
    promise: expressPromise(now),
  });

  const groups: DeliveryGroup[] = [];
  for (const [key, group] of byKey) {
    const f = group[0]!.fulfilment;
    const lineIds = group.map((l) => l.id);
    const fromLocationIds = [...new Set(group.flatMap((l) => input.sourceOf(l.id) ?? []))].sort();
    if (f.type === 'pickup') {
      const takeNow = f.takeNow === true;
      groups.push({
        key, method: takeNow ? 'take_now' : 'pickup', lineIds, locationId: f.locationId, fromLocationIds,
        fee: money(takeNow ? DELIVERY_FEES.take_now : DELIVERY_FEES.pickup, currency),
        promise: takeNow ? { from: now.toISOString(), by: now.toISOString() } : pickupPromise(now),
      });
      continue;
    }
    const standard = standardFor(group);
    const express = expressFor(group);
    if (f.method === 'express') {
      if (!hasAddress) problems.push({ key, field: 'shippingAddress', reason: 'address_needed' });
      else if (!courier) problems.push({ key, field: 'shippingAddress.city', reason: 'express_no_store' });
      else if (!input.storeHas(courier.id, group)) problems.push({ key, reason: 'express_no_stock' });
      groups.push({ key, method: 'express', lineIds, ...(courier ? { locationId: courier.id } : {}), fromLocationIds, fee: express.fee, promise: express.promise, options: [standard, express] });
    } else {
      if (!hasAddress) problems.push({ key, field: 'shippingAddress', reason: 'address_needed' });
      groups.push({ key, method: 'standard', lineIds, fromLocationIds, fee: standard.fee, promise: standard.promise, options: [standard, express] });
    }
  }

  const delivery = sumMoney(groups.map((g) => g.fee), currency);
  const total = addMoney(input.cartTotals.total, delivery);
  return {
    groups,
    problems,
    totals: { items: input.cartTotals.items, discount: input.cartTotals.discount, delivery, total, vat: vatIncluded(total) },
  };
}
