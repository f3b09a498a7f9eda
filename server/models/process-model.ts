import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { JobContext } from '../jobs/job-queue';
import { JobFailure } from '../jobs/job-failure';
import { contentKey } from '../storage/file-store';
import { applyProductModel } from './apply-product-model';
import { runModelWorker } from './run-model-worker';
import type { ModelContentType } from './unpack-model';
import { MODEL_JOB_FAILURES, MODEL_JOB_NOTES, MODEL_JOB_STEPS } from '../../shared/models/model-job-text';

export const PROCESS_MODEL_JOB = 'model.process';

export interface ProcessModelPayload {
  productId: string;
  variantId?: string;
  uploadKey: string;
  contentType: ModelContentType;
  actor: Pick<Principal, 'userId' | 'role' | 'storeId'>;
}

/**
 * The `model.process` job: the uploaded file through `buildModelFiles` (in a worker thread), the results stored under
 * content-hashed keys, then the product (or variant) pointed at them. The product keeps its
 * current model until that last step; the job's result is `{model, thumbnail, report}`.
 *
 * @example s.jobs.register(PROCESS_MODEL_JOB, processModel(s));
 */
export function processModel(s: Services) {
  return async (ctx: JobContext<ProcessModelPayload>) => {
    const { productId, variantId, uploadKey, contentType, actor } = ctx.payload;
    const product = s.catalogue.anyProduct(productId);
    if (!product) throw new JobFailure(MODEL_JOB_FAILURES.productMissing({ productId }));
    const upload = await s.files.get(uploadKey);
    if (!upload) throw new JobFailure(MODEL_JOB_FAILURES.uploadGone());

    const { glb, usdz, poster, report } = await runModelWorker(
      { body: upload.body, contentType, product: { id: product.id, dimensionsM: product.dimensionsM, placement: product.placement } },
      (f, m) => ctx.progress(f * 0.9, m),
    );

    await ctx.progress(0.9, MODEL_JOB_STEPS.store);
    const stem = variantId ? `${productId}--${variantId}` : productId;
    const keys = {
      glb: contentKey(`models/${stem}`, glb, 'glb'),
      usdz: contentKey(`models/${stem}`, usdz, 'usdz'),
      poster: contentKey(`posters/${stem}`, poster, 'webp'),
    };
    await Promise.all([s.files.put(keys.glb, glb), s.files.put(keys.usdz, usdz), s.files.put(keys.poster, poster)]);
    const model = { glb: s.files.url(keys.glb), usdz: s.files.url(keys.usdz) };
    const thumbnail = s.files.url(keys.poster);
    await applyProductModel(s, { ...actor, guest: false }, { productId, variantId, model, thumbnail });
    await s.files.delete(uploadKey).catch(() => {});
    await ctx.progress(1, MODEL_JOB_NOTES.done({ triangles: report.triangles, kib: Math.round(report.glbBytes / 1024) }));
    return { model, thumbnail, report };
  };
}
