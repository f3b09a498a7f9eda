import type { Document } from '@gltf-transform/core';
import { JobFailure } from '../jobs/job-failure';
import { modelIo } from './model-io';
import type { UnpackedModel } from './unpack-model';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

/**
 * Step 3: the upload as a glTF-Transform document. A file the validator passed can still use
 * something we cannot decode (Draco, KTX2 without a transcoder): that fails the job, clearly.
 */
export async function readModel(model: UnpackedModel): Promise<Document> {
  const io = await modelIo();
  try {
    const doc = model.kind === 'glb'
      ? await io.readBinary(model.glb)
      : await io.readJSON({ json: model.json as never, resources: model.resources as never });
    if (!doc.getRoot().listMeshes().length) throw new JobFailure(MODEL_JOB_FAILURES.noMesh());
    return doc;
  } catch (e) {
    if (e instanceof JobFailure) throw e;
    throw new JobFailure(MODEL_JOB_FAILURES.unreadable({ detail: e instanceof Error ? e.message : String(e) }));
  }
}
