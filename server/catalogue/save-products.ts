import { inArray, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { products as productsTable } from '../db/schema/commerce';
import { auditLog } from '../db/schema/operations';
import type { Product } from '../../shared/catalogue/product';
import { announceCatalogueChange } from './catalogue-changes';

/** Rows per insert statement: large imports stay well under the databases' parameter limits. */
const CHUNK = 500;

/**
 * Writes products (new or replacing today's) in one transaction with an audit entry each, then
 * tells every reader of the catalogue. `action` says what the change came from (`import`, `edit`).
 *
 * @example await saveProducts(s, admin, [product], 'import');
 */
export async function saveProducts(s: Services, actor: Principal, products: readonly Product[], action: string): Promise<Product[]> {
  if (!products.length) return [];
  const ids = products.map((p) => p.id);
  await s.database.db.transaction(async (tx) => {
    const before = new Map<string, Product>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await tx.select().from(productsTable).where(inArray(productsTable.id, ids.slice(i, i + CHUNK))).for('update');
      for (const r of rows) before.set(r.id, r.data);
    }
    for (let i = 0; i < products.length; i += CHUNK) {
      await tx.insert(productsTable)
        .values(products.slice(i, i + CHUNK).map((p) => ({ id: p.id, sku: p.sku, category: p.category, data: p })))
        .onConflictDoUpdate({
          target: productsTable.id,
          set: { sku: sql`excluded.sku`, category: sql`excluded.category`, data: sql`excluded.data` },
        });
    }
    // One audit entry per product, as recordAudit writes them, inserted in chunks: an import of
    // thousands of products would otherwise spend most of its time on single-row inserts.
    const entries = products.map((p) => {
      const old = before.get(p.id);
      return {
        actorId: actor.userId, actorRole: actor.role, storeId: actor.storeId ?? null,
        action: old ? 'product.updated' : 'product.created', targetType: 'product', targetId: p.id,
        customerId: null, before: old ?? null, after: p, data: { via: action },
      };
    });
    for (let i = 0; i < entries.length; i += CHUNK) await tx.insert(auditLog).values(entries.slice(i, i + CHUNK));
  });
  await announceCatalogueChange(s, ids);
  return [...products];
}
