import { inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { stock } from '../db/schema/commerce';
import type { Catalogue } from '../catalogue/catalogue';
import type { SourceCandidate } from '../../shared/stock/plan-reservations';
import { available } from '../../shared/stock/stock-level';

/**
 * Every location's available quantity for some products, as the reservation planner wants it.
 *
 * @example const candidatesFor = await readCandidates(db, catalogue, ['sofa-oslo-3']);
 */
export async function readCandidates(
  db: Pick<Db, 'select'>,
  catalogue: Catalogue,
  productIds: readonly string[],
): Promise<(productId: string) => SourceCandidate[]> {
  const byProduct = new Map<string, SourceCandidate[]>();
  if (productIds.length) {
    const rows = await db.select().from(stock).where(inArray(stock.productId, [...productIds]));
    for (const r of rows) {
      const loc = catalogue.location(r.locationId);
      if (!loc) continue;
      const list = byProduct.get(r.productId) ?? [];
      list.push({ locationId: r.locationId, kind: loc.kind, available: available(r) });
      byProduct.set(r.productId, list);
    }
  }
  return (productId) => byProduct.get(productId) ?? [];
}

/** Availability of one product at every location, in the catalogue's location order. */
export async function readAvailability(db: Db, catalogue: Catalogue, productId: string) {
  const [one] = await readAvailabilityOf(db, catalogue, [productId]);
  if (!one) throw new Error(`no availability answered for product ${productId}`);
  return one.items;
}

/** The same for several products in one query. */
export async function readAvailabilityOf(db: Db, catalogue: Catalogue, productIds: readonly string[]) {
  const rows = await db.select().from(stock).where(inArray(stock.productId, [...productIds]));
  const byKey = new Map(rows.map((r) => [`${r.productId}|${r.locationId}`, available(r)]));
  return productIds.map((productId) => ({
    productId,
    items: catalogue.locations.map((l) => ({ locationId: l.id, available: byKey.get(`${productId}|${l.id}`) ?? 0 })),
  }));
}
