import type { Line } from '../cart/cart';
import type { LocationKind } from '../catalogue/location';

export interface SourceCandidate {
  locationId: string;
  kind: LocationKind;
  available: number;
}

export interface Reservation {
  productId: string;
  locationId: string;
  qty: number;
  lineIds: string[];
}

export interface ShortLine {
  lineId: string;
  productId: string;
  locationId: string;
  requested: number;
  available: number;
}

export type ReservationPlan = { ok: true; reservations: Reservation[] } | { ok: false; short: ShortLine[] };

/**
 * Where a shipped quantity comes from: a warehouse that has it all, else a store that has it all
 * (ship-from-store, so a customer is not told "out of stock" while a shop has it), else nowhere.
 * Ties go to the location with the most stock, then to the smallest id, so the choice is stable.
 */
export function chooseShipSource(candidates: readonly SourceCandidate[], qty: number): SourceCandidate | undefined {
  const order = (a: SourceCandidate, b: SourceCandidate) =>
    b.available - a.available || a.locationId.localeCompare(b.locationId);
  const warehouses = candidates.filter((c) => c.kind === 'warehouse').sort(order);
  const stores = candidates.filter((c) => c.kind === 'store').sort(order);
  return warehouses.find((c) => c.available >= qty) ?? stores.find((c) => c.available >= qty);
}

/** The best place to report as short when nowhere has enough: the warehouse, or the fullest location. */
function bestShipFallback(candidates: readonly SourceCandidate[]): SourceCandidate | undefined {
  return [...candidates].sort(
    (a, b) => Number(b.kind === 'warehouse') - Number(a.kind === 'warehouse') || b.available - a.available,
  )[0];
}

/**
 * Groups lines into one reservation per (product, location), the unit that checkout locks.
 * Lines for the same product and source share one stock row, so their quantities are summed
 * before comparing with what is available. The result is sorted by (product, location): taking
 * row locks in that fixed order is what keeps concurrent checkouts from deadlocking.
 *
 * @example planReservations(cart.lines, (productId) => candidatesFromDb[productId])
 */
export function planReservations(
  lines: readonly Pick<Line, 'id' | 'productId' | 'qty' | 'fulfilment'>[],
  candidatesFor: (productId: string) => readonly SourceCandidate[],
): ReservationPlan {
  const groups = new Map<string, { productId: string; pickupAt?: string; qty: number; lineIds: string[] }>();
  for (const l of lines) {
    const pickupAt = l.fulfilment.type === 'pickup' ? l.fulfilment.locationId : undefined;
    const key = `${l.productId}\u0000${pickupAt ?? ''}`;
    const g = groups.get(key) ?? { productId: l.productId, pickupAt, qty: 0, lineIds: [] };
    g.qty += l.qty;
    g.lineIds.push(l.id);
    groups.set(key, g);
  }
  const reservations: Reservation[] = [];
  const short: ShortLine[] = [];
  for (const g of groups.values()) {
    const candidates = candidatesFor(g.productId);
    const source = g.pickupAt
      ? candidates.find((c) => c.locationId === g.pickupAt)
      : chooseShipSource(candidates, g.qty);
    if (source && source.available >= g.qty) {
      reservations.push({ productId: g.productId, locationId: source.locationId, qty: g.qty, lineIds: g.lineIds });
      continue;
    }
    const reported = g.pickupAt ? (source ?? { locationId: g.pickupAt, available: 0 }) : bestShipFallback(candidates);
    for (const lineId of g.lineIds) {
      const line = lines.find((l) => l.id === lineId)!;
      short.push({
        lineId,
        productId: g.productId,
        locationId: reported?.locationId ?? '',
        requested: line.qty,
        available: reported?.available ?? 0,
      });
    }
  }
  if (short.length) return { ok: false, short };
  reservations.sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
  return { ok: true, reservations };
}
