import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { contentKey } from '../storage/file-store';
import { PROCESS_MODEL_JOB, type ProcessModelPayload } from './process-model';
import type { ModelContentType } from './unpack-model';

/**
 * Keeps the uploaded bytes in the file store (so any process of the deployment can run the job)
 * and queues `model.process`; resolves to the job id.
 *
 * @example const jobId = await startModelUpload(s, admin, { productId: 'chair-mora', body, contentType: 'model/gltf-binary' });
 */
export async function startModelUpload(
  s: Services,
  actor: Principal,
  u: { productId: string; variantId?: string; body: Uint8Array; contentType: ModelContentType },
): Promise<string> {
  const uploadKey = contentKey(`uploads/${u.productId}`, u.body, u.contentType === 'application/zip' ? 'zip' : 'glb');
  await s.files.put(uploadKey, u.body, u.contentType);
  const payload: ProcessModelPayload = {
    productId: u.productId,
    ...(u.variantId ? { variantId: u.variantId } : {}),
    uploadKey,
    contentType: u.contentType,
    actor: { userId: actor.userId, role: actor.role, ...(actor.storeId ? { storeId: actor.storeId } : {}) },
  };
  // A second try only helps with a passing fault (the database, the bucket); bad files fail at once.
  return s.jobs.enqueue(PROCESS_MODEL_JOB, payload as unknown as Record<string, unknown>, { createdBy: actor.userId, maxAttempts: 2 });
}
