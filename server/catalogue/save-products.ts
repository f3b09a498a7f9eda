import { eq, inArray } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Product } from '../../shared/catalogue/product';
import { products as productsTable } from '../db/schema/commerce';
import { recordAudits, type AuditEntry } from '../audit/record-audit';
import { HttpError } from '../http/http-error';
import { announceCatalogueChange } from './catalogue-changes';

/** Audit verbs of product writes, e.g. `product.created`, `product.updated`, `product.published`, `product.imported`. */
export type ProductAction = `product.${string}`;

export interface SaveProductsResult {
  /** Every product as stored, in the order given. */
  products: Product[];
  created: string[];
  updated: string[];
  /** Identical to what was stored: neither written nor audited. */
  unchanged: string[];
}

const same = (a: Product, b: Product) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes whole products (created or replaced by id) in one transaction, with one audit entry per
 * product actually changed (before and after), then makes the change live on every process, page
 * and cart (announceCatalogueChange). A SKU already used by another product refuses the whole
 * batch (409 `sku_taken`): nothing is written.
 *
 * @example await saveProducts(services, principal, [product], 'product.updated');
 */
export async function saveProducts(s: Services, actor: Principal, products: readonly Product[], action: ProductAction | 'import'): Promise<SaveProductsResult> {
  const ids = products.map((p) => p.id);
  if (new Set(ids).size !== ids.length) throw new HttpError(422, 'invalid', 'the same product id appears twice in one save');
  if (new Set(products.map((p) => p.sku)).size !== products.length) throw new HttpError(422, 'invalid', 'the same SKU appears twice in one save', { field: 'sku' });
  const result: SaveProductsResult = { products: [...products], created: [], updated: [], unchanged: [] };
  if (!products.length) return result;
  await s.database.db.transaction(async (tx) => {
    const current = new Map((await tx.select().from(productsTable).where(inArray(productsTable.id, ids)).for('update')).map((r) => [r.id, r.data]));
    const skus = products.map((p) => p.sku);
    const holders = await tx.select({ id: productsTable.id, sku: productsTable.sku }).from(productsTable).where(inArray(productsTable.sku, skus));
    const taken = holders.find((h) => !ids.includes(h.id) || products.find((p) => p.sku === h.sku)!.id !== h.id);
    if (taken) {
      // Two products of the batch swapping SKUs would also collide on the unique index mid-way.
      throw new HttpError(409, 'sku_taken', `the SKU "${taken.sku}" belongs to product "${taken.id}"`, { field: 'sku', sku: taken.sku, productId: taken.id });
    }
    const audits: AuditEntry[] = [];
    const fresh: Product[] = [];
    for (const p of products) {
      const before = current.get(p.id);
      if (before && same(before, p)) {
        result.unchanged.push(p.id);
        continue;
      }
      if (before) {
        await tx.update(productsTable).set({ sku: p.sku, category: p.category, data: p }).where(eq(productsTable.id, p.id));
        result.updated.push(p.id);
      } else {
        fresh.push(p);
        result.created.push(p.id);
      }
      // An import audits each product as created or updated, marked as coming from the import.
      const what = action === 'import' ? (before ? 'product.updated' : 'product.created') : action;
      audits.push({ action: what, targetType: 'product', targetId: p.id, before: before ?? null, after: p, ...(action === 'import' ? { data: { via: 'import' } } : {}) });
    }
    // A catalogue import creates thousands at once: a few hundred rows per statement.
    for (let i = 0; i < fresh.length; i += 500) {
      await tx.insert(productsTable).values(fresh.slice(i, i + 500).map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })));
    }
    await recordAudits(tx, actor, audits);
  });
  const changed = [...result.created, ...result.updated];
  if (changed.length) await announceCatalogueChange(s, changed);
  return result;
}
