import { Worker } from 'node:worker_threads';
import type { JobError } from '../../shared/http/job-schemas';
import type { Product } from '../../shared/catalogue/product';
import type { ModelReport } from '../../shared/http/model-upload-schemas';
import { JobFailure } from '../jobs/job-failure';
import type { Progress } from './build-model-files';
import type { ModelContentType } from './unpack-model';
import type { LocalizedText } from '../../shared/i18n-text';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

export interface ModelWorkerInput {
  body: Uint8Array;
  contentType: ModelContentType;
  product: Pick<Product, 'id' | 'dimensionsM' | 'placement'>;
}

export type ModelWorkerMessage =
  | { type: 'progress'; fraction: number; message?: LocalizedText }
  | { type: 'done'; glb: Uint8Array; usdz: Uint8Array; poster: Uint8Array; report: ModelReport }
  | { type: 'failure'; message: string; text?: LocalizedText; errors: JobError[] }
  | { type: 'error'; message: string };

/**
 * The worker's own entry: from the TypeScript sources a plain module that loads the worker through
 * tsx (a worker thread does not inherit the loader); from the build, the compiled worker beside this code.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? './model-worker-entry.mjs' : './model-worker.js';

/** Heap for one model: a hostile file that tries to exhaust memory kills its worker, not the server. */
const WORKER_HEAP_MB = 1536;

/**
 * `buildModelFiles` in a worker thread: the simplifier, the texture encoder and the poster take
 * seconds of CPU on a large model, which would otherwise stall every request, event stream and
 * room of this process; and the worker's own heap limit keeps a pathological file from taking
 * the server down with it.
 *
 * @example const out = await runModelWorker({ body, contentType, product }, ctx.progress);
 */
export function runModelWorker(input: ModelWorkerInput, progress: Progress): Promise<Extract<ModelWorkerMessage, { type: 'done' }>> {
  const worker = new Worker(new URL(WORKER_ENTRY, import.meta.url), {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    let chain = Promise.resolve();
    worker.on('message', (m: ModelWorkerMessage) => {
      if (m.type === 'progress') chain = chain.then(() => progress(m.fraction, m.message)).catch(() => {});
      else if (m.type === 'done') chain.then(() => settle(() => resolve(m)));
      else if (m.type === 'failure') settle(() => reject(new JobFailure(m.text ?? m.message, m.errors)));
      else settle(() => reject(new JobFailure(MODEL_JOB_FAILURES.processing({ detail: m.message }))));
    });
    worker.on('error', (e) =>
      settle(() => reject(/memory/i.test(e.message) ? new JobFailure(MODEL_JOB_FAILURES.outOfMemory()) : e)),
    );
    // After any progress and result already posted: a worker exits on its own once it has answered.
    worker.on('exit', (code) => void chain.then(() => settle(() => reject(new Error(`the model worker stopped (exit code ${code})`)))));
  });
}
