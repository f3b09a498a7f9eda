import type { Db } from '../db/database';
import { products as productsTable, stock } from '../db/schema/commerce';
import type { Catalogue } from '../catalogue/catalogue';
import type { Principal } from '../auth/tokens';
import { csvRowsToStockCounts, isStockCsvHeader, type StockCount } from '../../shared/stock/stock-csv';
import { readCsvTable, CsvSyntaxError } from '../../shared/csv/read-csv-table';
import type { JobError } from '../../shared/http/job-schemas';

export interface StockChange {
  /** The product (stock is kept per product). */
  handle: string;
  locationId: string;
  kind: 'create' | 'update';
  fields: string[];
  before: number;
  after: number;
}

export interface StockImportPlan {
  preview: { create: number; update: number; unchanged: number; changes: StockChange[] };
  errors: JobError[];
  counts: StockCount[];
  /** Locations the file names that the importer may not change (a manager naming another store). */
  outOfScope: string[];
}

/** Admins change any location; a manager only their own store. */
export function mayChangeLocation(p: Principal, locationId: string): boolean {
  return p.role === 'admin' || (p.role === 'manager' && p.storeId === locationId);
}

/**
 * Reads a stock CSV against today's stock: which rows it creates or changes, and every wrong row
 * (unknown SKU or location, a count below what is reserved, a location the importer may not
 * change). Writes nothing.
 *
 * @example const plan = await planStockImport(db, catalogue, manager, csvText);
 */
export async function planStockImport(db: Pick<Db, 'select'>, catalogue: Catalogue, actor: Principal, text: string): Promise<StockImportPlan> {
  const none = { preview: { create: 0, update: 0, unchanged: 0, changes: [] }, counts: [], outOfScope: [] };
  let rows: Record<string, string>[];
  try {
    const table = readCsvTable(text);
    if (!isStockCsvHeader(table.header)) return { ...none, errors: [{ row: 0, message: 'the header must hold the columns SKU, location and on hand', text: { en: 'the header must hold the columns SKU, location and on hand', fr: 'l’en-tête doit contenir les colonnes SKU, location et on hand' } }] };
    rows = table.rows;
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { ...none, errors: [{ ...(e.row ? { row: e.row } : {}), message: e.message, text: e.text }] };
    throw e;
  }
  const stored = await db.select({ id: productsTable.id, sku: productsTable.sku, data: productsTable.data }).from(productsTable);
  const productOfSku = new Map<string, string>();
  for (const r of stored) {
    productOfSku.set(r.sku, r.id);
    for (const v of r.data.variants ?? []) if (v.sku) productOfSku.set(v.sku, r.id);
  }
  const levels = new Map((await db.select().from(stock)).map((r) => [`${r.productId}|${r.locationId}`, r]));
  const outOfScope = new Set<string>();
  const { counts, errors } = csvRowsToStockCounts(rows, {
    productOfSku: (sku) => productOfSku.get(sku),
    locationExists: (id) => !!catalogue.location(id),
    mayChange: (id) => mayChangeLocation(actor, id) || !outOfScope.add(id),
    reserved: (productId, locationId) => levels.get(`${productId}|${locationId}`)?.reserved ?? 0,
  });
  const preview: StockImportPlan['preview'] = { create: 0, update: 0, unchanged: 0, changes: [] };
  for (const c of counts) {
    const before = levels.get(`${c.productId}|${c.locationId}`);
    if (before && before.onHand === c.onHand) preview.unchanged += 1;
    else {
      const kind = before ? 'update' : 'create';
      preview[kind] += 1;
      preview.changes.push({ handle: c.productId, locationId: c.locationId, kind, fields: ['onHand'], before: before?.onHand ?? 0, after: c.onHand });
    }
  }
  return { preview, errors, counts, outOfScope: [...outOfScope] };
}
