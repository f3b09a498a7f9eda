import type { Db } from '../db/database';
import { products as productsTable } from '../db/schema/commerce';
import type { Product } from '../../shared/catalogue/product';
import { csvRowsToProducts, type ProductCsvRow } from '../../shared/catalogue/product-csv';
import { mergeImportedProduct, previewProductImport, changedFields, type ProductImportPreview } from '../../shared/catalogue/product-import-preview';
import { readCsvTable, CsvSyntaxError } from '../../shared/csv/read-csv-table';
import type { JobError } from '../../shared/http/job-schemas';
import { DEFAULT_CURRENCY } from '../../shared/money';
import { withoutMissingModels } from '../../shared/catalogue/product-model';
import { modelFileExists } from '../catalogue/model-file-exists';

export interface ProductImportPlan {
  preview: ProductImportPreview;
  errors: JobError[];
  /** The products to write (created or changed), merged over today's models and posters. */
  toSave: Product[];
}

/**
 * Reads a product CSV against the products stored today (drafts included): what it would create,
 * update or leave alone, the active products it leaves without a 3D model, and every wrong row.
 * Writes nothing.
 *
 * @example const { preview, errors } = await planProductImport(db, csvText);
 */
export async function planProductImport(db: Pick<Db, 'select'>, text: string): Promise<ProductImportPlan> {
  const empty: ProductImportPreview = { create: 0, update: 0, unchanged: 0, changes: [], warnings: [] };
  let rows: ProductCsvRow[];
  try {
    const table = readCsvTable(text);
    if (!table.header.includes('Handle')) {
      return { preview: empty, toSave: [], errors: [{ row: 0, field: 'Handle', message: 'the header has no Handle column: is this a product CSV?', text: { en: 'the header has no Handle column: is this a product CSV?', fr: 'l’en-tête n’a pas de colonne Handle : est-ce bien un CSV de produits ?' } }] };
    }
    rows = table.rows;
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { preview: empty, toSave: [], errors: [{ ...(e.row ? { row: e.row } : {}), message: e.message, text: e.text }] };
    throw e;
  }
  const stored = await db.select({ id: productsTable.id, sku: productsTable.sku, data: productsTable.data }).from(productsTable);
  // A model path whose file is not there is no model: the preview warns, the save drops the path.
  const byId = new Map(stored.map((r) => [r.id, withoutMissingModels(r.data, modelFileExists)]));
  const skuOwners = new Map<string, string>();
  for (const r of stored) {
    skuOwners.set(r.sku, r.id);
    for (const v of r.data.variants ?? []) if (v.sku) skuOwners.set(v.sku, r.id);
  }
  const { products, errors } = csvRowsToProducts(rows, { currency: DEFAULT_CURRENCY, skuOwner: (sku) => skuOwners.get(sku) });
  if (errors.length) return { preview: previewProductImport(products, (id) => byId.get(id)), errors, toSave: [] };
  const toSave = products.filter((p) => changedFields(p, byId.get(p.id)).length).map((p) => mergeImportedProduct(p, byId.get(p.id)));
  return { preview: previewProductImport(products, (id) => byId.get(id)), errors, toSave };
}
