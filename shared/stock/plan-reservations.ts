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
 * One reservation per (product, location), the unit that checkout locks. Lines for the same
 * product collected at the same store share one stock row and are summed; pickups are planned
 * first (their store is fixed), then shipped quantities choose a source among what the pickups
 * left, so the plan never takes more from a location than it has. The result is sorted by
 * (product, location): taking row locks in that fixed order is what keeps concurrent checkouts
 * from deadlocking.
 *
 * @example planReservations(cart.lines, (productId) => candidatesFromDb[productId])
 */
export function planReservations(
  lines: readonly Pick<Line, 'id' | 'productId' | 'qty' | 'fulfilment'>[],
  candidatesFor: (productId: string) => readonly SourceCandidate[],
  /**
   * `expressFrom`: the store whose courier delivers express lines (the delivery address's city);
   * express lines are then served from it like a pickup there. Without it (a cart that has no
   * address yet) they are planned like any shipped line.
   */
  opts: { expressFrom?: string } = {},
): ReservationPlan {
  const groups = new Map<string, { productId: string; pickupAt?: string; qty: number; lines: typeof lines[number][] }>();
  for (const l of lines) {
    const pickupAt = l.fulfilment.type === 'pickup'
      ? l.fulfilment.locationId
      : l.fulfilment.method === 'express' && opts.expressFrom ? opts.expressFrom : undefined;
    const key = `${l.productId}\u0000${pickupAt ?? ''}`;
    const g = groups.get(key) ?? { productId: l.productId, pickupAt, qty: 0, lines: [] };
    g.qty += l.qty;
    g.lines.push(l);
    groups.set(key, g);
  }
  const left = new Map<string, SourceCandidate[]>();
  const remaining = (productId: string) => {
    const known = left.get(productId) ?? candidatesFor(productId).map((c) => ({ ...c }));
    left.set(productId, known);
    return known;
  };
  const taken = new Map<string, Reservation>();
  const short: ShortLine[] = [];
  const ordered = [...groups.values()].sort((a, b) => Number(!a.pickupAt) - Number(!b.pickupAt));
  for (const g of ordered) {
    const candidates = remaining(g.productId);
    const source = g.pickupAt ? candidates.find((c) => c.locationId === g.pickupAt) : chooseShipSource(candidates, g.qty);
    if (source && source.available >= g.qty) {
      source.available -= g.qty;
      const key = `${g.productId}\u0000${source.locationId}`;
      const r = taken.get(key) ?? { productId: g.productId, locationId: source.locationId, qty: 0, lineIds: [] };
      r.qty += g.qty;
      r.lineIds.push(...g.lines.map((l) => l.id));
      taken.set(key, r);
      continue;
    }
    const reported = g.pickupAt ? (source ?? { locationId: g.pickupAt, available: 0 }) : bestShipFallback(candidates);
    for (const line of g.lines) {
      short.push({
        lineId: line.id,
        productId: g.productId,
        locationId: reported?.locationId ?? '',
        requested: line.qty,
        available: reported?.available ?? 0,
      });
    }
  }
  if (short.length) {
    const at = new Map(lines.map((l, i) => [l.id, i]));
    return { ok: false, short: short.sort((a, b) => at.get(a.lineId)! - at.get(b.lineId)!) };
  }
  const reservations = [...taken.values()].sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
  return { ok: true, reservations };
}
