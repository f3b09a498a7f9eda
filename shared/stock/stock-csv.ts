import type { JobError } from '../http/job-schemas';

/** A store's stock count: one row per SKU and location. */
export const STOCK_CSV_COLUMNS = ['SKU', 'location', 'on hand'] as const;
export type StockCsvRow = Partial<Record<(typeof STOCK_CSV_COLUMNS)[number], string>>;

export interface StockCount {
  productId: string;
  locationId: string;
  onHand: number;
  /** The file's rows that make up this count (several variants of one product add up). */
  rows: number[];
}

export interface StockCsvContext {
  /** The product a SKU (the product's or one of its variants') belongs to. */
  productOfSku(sku: string): string | undefined;
  locationExists(locationId: string): boolean;
  /** Whether the importer may change this location (a manager: their own store only). */
  mayChange(locationId: string): boolean;
  /** Units reserved for placed orders today. */
  reserved(productId: string, locationId: string): number;
}

/** Column names as people type them: `SKU`, `Location`, `On hand`, `on_hand`. */
function normaliseHeader(row: Record<string, string>): StockCsvRow {
  const out: StockCsvRow = {};
  for (const [k, v] of Object.entries(row)) {
    const key = k.trim().toLowerCase().replace(/[_\s]+/g, ' ');
    if (key === 'sku') out.SKU = v;
    else if (key === 'location') out.location = v;
    else if (key === 'on hand') out['on hand'] = v;
  }
  return out;
}

/** Whether a header holds the three columns of a stock CSV. */
export function isStockCsvHeader(header: readonly string[]): boolean {
  const probe = normaliseHeader(Object.fromEntries(header.map((h) => [h, ''])));
  return STOCK_CSV_COLUMNS.every((c) => probe[c] !== undefined);
}

/**
 * The counts a stock CSV sets, per product and location (stock is kept per product: variants'
 * rows add up), with every wrong row: unknown SKU or location, a count that is not a whole
 * number of units or below what is reserved, the same SKU twice at one location.
 *
 * @example csvRowsToStockCounts(readCsvTable(text).rows, ctx)
 */
export function csvRowsToStockCounts(rawRows: readonly Record<string, string>[], ctx: StockCsvContext): { counts: StockCount[]; errors: JobError[] } {
  const errors: JobError[] = [];
  const counts = new Map<string, StockCount>();
  const seen = new Map<string, number>();
  for (const [i, raw] of rawRows.entries()) {
    const row = i + 1;
    const cells = normaliseHeader(raw);
    const sku = (cells.SKU ?? '').trim();
    const locationId = (cells.location ?? '').trim();
    const qty = (cells['on hand'] ?? '').trim();
    let ok = true;
    const productId = sku ? ctx.productOfSku(sku) : undefined;
    if (!sku) ok = !errors.push({ row, field: 'SKU', message: 'SKU is required' });
    else if (!productId) ok = !errors.push({ row, field: 'SKU', message: `no product has SKU "${sku}"` });
    if (!locationId) ok = !errors.push({ row, field: 'location', message: 'location is required' });
    else if (!ctx.locationExists(locationId)) ok = !errors.push({ row, field: 'location', message: `no location "${locationId}"` });
    else if (!ctx.mayChange(locationId)) ok = !errors.push({ row, field: 'location', message: `you may not change the stock of "${locationId}"` });
    if (!/^\d+$/.test(qty) || !Number.isSafeInteger(Number(qty))) {
      ok = !errors.push({ row, field: 'on hand', message: qty ? `"${qty}" is not a whole number of units (0 or more)` : 'on hand is required' });
    }
    if (!ok || !productId) continue;
    const key = `${sku}|${locationId}`;
    const twin = seen.get(key);
    if (twin) {
      errors.push({ row, field: 'SKU', message: `"${sku}" at "${locationId}" is already counted on row ${twin}` });
      continue;
    }
    seen.set(key, row);
    const countKey = `${productId}|${locationId}`;
    const c = counts.get(countKey) ?? { productId, locationId, onHand: 0, rows: [] };
    c.onHand += Number(qty);
    c.rows.push(row);
    counts.set(countKey, c);
  }
  for (const c of counts.values()) {
    const reserved = ctx.reserved(c.productId, c.locationId);
    if (c.onHand < reserved) {
      errors.push({
        row: c.rows[c.rows.length - 1], field: 'on hand',
        message: `${reserved} unit(s) of "${c.productId}" are reserved for orders at "${c.locationId}"; on hand cannot be ${c.onHand}`,
      });
    }
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { counts: [...counts.values()], errors };
}
