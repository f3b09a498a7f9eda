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

/** The job's closing note on the active products shown with their photo only, in both languages. */
function withoutModelNote(handles: string[]): { en: string; fr: string } {
  const list = handles.slice(0, 10).join(', ') + (handles.length > 10 ? ', …' : '');
  return {
    en: `${handles.length} product(s) on sale without a 3D model, shown with their photo only until one is uploaded: ${list}`,
    fr: `${handles.length} produit(s) en vente sans modèle 3D, montré(s) avec leur photo seulement jusqu’à l’envoi d’un modèle : ${list}`,
  };
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
    const withoutModel = plan.preview.warnings.filter((w) => w.code === 'no_model').map((w) => w.handle);
    if (withoutModel.length) await ctx.progress(1, withoutModelNote(withoutModel));
    return { create, update, unchanged, ...(withoutModel.length ? { withoutModel } : {}) };
  });
}
