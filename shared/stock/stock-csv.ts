import type { JobError } from '../http/job-schemas';
import type { LocalizedText } from '../i18n-text';

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
  // Returns the new count, so `ok = !fail(...)` reads as "not ok".
  const fail = (row: number, field: string, text: LocalizedText) => errors.push({ row, field, message: text.en, text });
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
    if (!sku) ok = !fail(row, 'SKU', { en: 'SKU is required', fr: 'Le SKU est obligatoire' });
    else if (!productId) ok = !fail(row, 'SKU', { en: `no product has SKU "${sku}"`, fr: `aucun produit n’a le SKU « ${sku} »` });
    if (!locationId) ok = !fail(row, 'location', { en: 'location is required', fr: 'Le lieu (location) est obligatoire' });
    else if (!ctx.locationExists(locationId)) ok = !fail(row, 'location', { en: `no location "${locationId}"`, fr: `aucun lieu « ${locationId} »` });
    else if (!ctx.mayChange(locationId)) ok = !fail(row, 'location', { en: `you may not change the stock of "${locationId}"`, fr: `vous ne pouvez pas modifier le stock de « ${locationId} »` });
    if (!/^\d+$/.test(qty) || !Number.isSafeInteger(Number(qty))) {
      ok = !fail(row, 'on hand', qty
        ? { en: `"${qty}" is not a whole number of units (0 or more)`, fr: `« ${qty} » n’est pas un nombre entier d’unités (0 ou plus)` }
        : { en: 'on hand is required', fr: 'La quantité (on hand) est obligatoire' });
    }
    if (!ok || !productId) continue;
    const key = `${sku}|${locationId}`;
    const twin = seen.get(key);
    if (twin) {
      fail(row, 'SKU', { en: `"${sku}" at "${locationId}" is already counted on row ${twin}`, fr: `« ${sku} » à « ${locationId} » est déjà compté à la ligne ${twin}` });
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
      fail(c.rows[c.rows.length - 1] ?? 0, 'on hand', {
        en: `${reserved} unit(s) of "${c.productId}" are reserved for orders at "${c.locationId}"; on hand cannot be ${c.onHand}`,
        fr: `${reserved} unité(s) de « ${c.productId} » sont réservées pour des commandes à « ${c.locationId} » ; la quantité ne peut pas être ${c.onHand}`,
      });
    }
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { counts: [...counts.values()], errors };
}
