import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { products } from '../db/schema/commerce';
import { recordAudit } from '../audit/record-audit';
import { JobFailure } from '../jobs/job-failure';
import { announceCatalogueChange } from '../catalogue/catalogue-changes';
import type { Product } from '../../shared/catalogue/product';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

export interface NewModel {
  productId: string;
  variantId?: string;
  model: { glb: string; usdz: string };
  thumbnail: string;
}

/**
 * Last step: points the product (or one variant) at its new files, in one transaction with its
 * audit entry, then announces the change: every process reloads its catalogue, so
 * `GET /api/products/:id` serves them at once, and open pages hear it. A variant gets its own `model`; the product's poster stays the default variant's.
 */
export async function applyProductModel(s: Services, actor: Principal, m: NewModel): Promise<Product> {
  const product = await s.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(products).where(eq(products.id, m.productId)).for('update');
    if (!row) throw new JobFailure(MODEL_JOB_FAILURES.productGone({ productId: m.productId }));
    const before = row.data;
    let after: Product;
    if (m.variantId) {
      if (!before.variants.some((v) => v.id === m.variantId)) throw new JobFailure(MODEL_JOB_FAILURES.variantGone({ variantId: m.variantId }));
      after = { ...before, variants: before.variants.map((v) => (v.id === m.variantId ? { ...v, model: m.model } : v)) };
    } else {
      after = { ...before, model: m.model, thumbnail: m.thumbnail };
    }
    await tx.update(products).set({ data: after }).where(eq(products.id, m.productId));
    await recordAudit(tx, actor, {
      action: 'product.model_replaced',
      targetType: 'product',
      targetId: m.productId,
      before: m.variantId ? before.variants.find((v) => v.id === m.variantId)?.model ?? null : { model: before.model, thumbnail: before.thumbnail },
      after: m.variantId ? m.model : { model: m.model, thumbnail: m.thumbnail },
      data: m.variantId ? { variantId: m.variantId } : {},
    });
    return after;
  });
  await announceCatalogueChange(s, [m.productId]);
  return product;
}
