import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { JobFailure } from '../jobs/job-failure';
import { saveProducts } from '../catalogue/save-products';
import { planProductImport } from './plan-product-import';

export const IMPORT_PRODUCTS_JOB = 'import.products';

export interface ImportProductsPayload {
  csv: string;
  actor: Principal;
}

/**
 * The job that applies a product CSV: checks every row again (the catalogue may have moved since
 * the preview), then writes every created or changed product in one transaction, or nothing.
 *
 * @example registerProductImport(s); await s.jobs.enqueue(IMPORT_PRODUCTS_JOB, { csv, actor });
 */
export function registerProductImport(s: Services): void {
  s.jobs.register<ImportProductsPayload>(IMPORT_PRODUCTS_JOB, async (ctx) => {
    const { csv, actor } = ctx.payload;
    await ctx.progress(0.05, 'reading the file');
    const plan = await planProductImport(s.database.db, csv);
    if (plan.errors.length) {
      throw new JobFailure(`${plan.errors.length} problem(s) in the file; nothing was imported`, plan.errors);
    }
    const { create, update, unchanged } = plan.preview;
    await ctx.progress(0.3, `${create} to create, ${update} to update, ${unchanged} unchanged`);
    await saveProducts(s, actor, plan.toSave, 'import');
    await ctx.progress(1, `${plan.toSave.length} product(s) saved`);
    return { create, update, unchanged };
  });
}
