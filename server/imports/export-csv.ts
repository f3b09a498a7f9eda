import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { products as productsTable, stock } from '../db/schema/commerce';
import { PRODUCT_CSV_COLUMNS, productsToCsvRows } from '../../shared/catalogue/product-csv';
import { STOCK_CSV_COLUMNS } from '../../shared/stock/stock-csv';
import { writeCsv } from '../../shared/csv/write-csv';

/** Every product, drafts included, in the import's layout (importing it back changes nothing). */
export async function exportProductsCsv(db: Pick<Db, 'select'>): Promise<string> {
  const rows = await db.select({ data: productsTable.data }).from(productsTable).orderBy(productsTable.id);
  return writeCsv(PRODUCT_CSV_COLUMNS, productsToCsvRows(rows.map((r) => r.data)));
}

/** One location's on-hand count per product SKU, in the stock import's layout. */
export async function exportStockCsv(db: Pick<Db, 'select'>, locationId: string): Promise<string> {
  const rows = await db.select({ sku: productsTable.sku, onHand: stock.onHand })
    .from(stock).innerJoin(productsTable, eq(productsTable.id, stock.productId))
    .where(eq(stock.locationId, locationId)).orderBy(productsTable.sku);
  return writeCsv(STOCK_CSV_COLUMNS, rows.map((r) => ({ SKU: r.sku, location: locationId, 'on hand': String(r.onHand) })));
}
