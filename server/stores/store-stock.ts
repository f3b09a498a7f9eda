import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { stock } from '../db/schema/commerce';
import { stockMovements } from '../db/schema/stores';
import { HttpError } from '../http/http-error';
import { available } from '../../shared/stock/stock-level';
import type { StoreStockRow } from '../../shared/pos/store-stock';
import { onlyRow } from '../db/only-row';

/** Every product's stock at one store, in catalogue order (products never stocked there show zero). */
export async function readStoreStock(s: Services, storeId: string): Promise<StoreStockRow[]> {
  const rows = await s.database.db.select().from(stock).where(eq(stock.locationId, storeId));
  const byProduct = new Map(rows.map((r) => [r.productId, r]));
  return s.catalogue.products.map((p) => {
    const r = byProduct.get(p.id);
    const onHand = r?.onHand ?? 0;
    const reserved = r?.reserved ?? 0;
    return { productId: p.id, onHand, reserved, available: available({ onHand, reserved }) };
  });
}

function row(r: { productId: string; onHand: number; reserved: number }): StoreStockRow {
  return { productId: r.productId, onHand: r.onHand, reserved: r.reserved, available: available(r) };
}

/**
 * Goods arrived at the store: on hand goes up at once, so every channel can sell or reserve them.
 *
 * @example await receiveStock(s, clerk, 'store-lyon', [{ productId: 'lamp-bulle', qty: 6 }]);
 */
export async function receiveStock(s: Services, p: Principal, storeId: string, items: { productId: string; qty: number }[]): Promise<StoreStockRow[]> {
  for (const it of items) if (!s.catalogue.product(it.productId)) throw new HttpError(422, 'invalid', `no product "${it.productId}"`);
  // Summed per product and taken in product order, as checkout locks rows, so the two never deadlock.
  const sums = new Map<string, number>();
  for (const it of items) sums.set(it.productId, (sums.get(it.productId) ?? 0) + it.qty);
  const sorted = [...sums].sort(([a], [b]) => a.localeCompare(b));
  return s.database.db.transaction(async (tx) => {
    const out: StoreStockRow[] = [];
    for (const [productId, qty] of sorted) {
      const r = onlyRow(await tx
        .insert(stock)
        .values({ productId, locationId: storeId, onHand: qty })
        .onConflictDoUpdate({ target: [stock.productId, stock.locationId], set: { onHand: sql`${stock.onHand} + ${qty}`, updatedAt: sql`now()` } })
        .returning(), 'upsert stock row');
      await tx.insert(stockMovements).values({ locationId: storeId, productId, kind: 'receive', delta: qty, onHandAfter: r.onHand, byUserId: p.userId });
      out.push(row(r));
    }
    return out;
  });
}

/**
 * A shelf count replaces on hand with what was counted. It can never go below what is reserved for
 * placed orders: those units are promised (maybe on the pickup shelf), so the count is refused and
 * the clerk is told how many are reserved.
 *
 * @example await countStock(s, clerk, 'store-lyon', 'lamp-bulle', 4);
 */
export async function countStock(s: Services, p: Principal, storeId: string, productId: string, counted: number): Promise<StoreStockRow> {
  if (!s.catalogue.product(productId)) throw new HttpError(422, 'invalid', `no product "${productId}"`);
  return s.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(stock).where(and(eq(stock.productId, productId), eq(stock.locationId, storeId))).for('update');
    const reserved = before?.reserved ?? 0;
    if (counted < reserved) {
      throw new HttpError(409, 'below_reserved', `${reserved} unit(s) are reserved for orders; a count cannot go below that`, {
        productId, reserved, onHand: before?.onHand ?? 0, counted,
      });
    }
    const r = onlyRow(before
      ? await tx.update(stock).set({ onHand: counted, updatedAt: sql`now()` }).where(and(eq(stock.productId, productId), eq(stock.locationId, storeId))).returning()
      : await tx.insert(stock).values({ productId, locationId: storeId, onHand: counted }).returning(), 'write counted stock');
    await tx.insert(stockMovements).values({ locationId: storeId, productId, kind: 'count', delta: counted - (before?.onHand ?? 0), onHandAfter: counted, byUserId: p.userId });
    return row(r);
  });
}

