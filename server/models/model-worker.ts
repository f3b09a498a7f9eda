import { parentPort, workerData } from 'node:worker_threads';
import { JobFailure } from '../jobs/job-failure';
import { buildModelFiles } from './build-model-files';
import type { ModelWorkerInput, ModelWorkerMessage } from './run-model-worker';

// Runs `buildModelFiles` for one upload in a worker thread and reports back to run-model-worker.ts.
const input = workerData as ModelWorkerInput;
const post = (m: ModelWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

buildModelFiles(input.body, input.contentType, input.product, async (fraction, message) => post({ type: 'progress', fraction, message }))
  .then((out) => post({ type: 'done', ...out }, [out.glb.buffer, out.usdz.buffer, out.poster.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)))
  .catch((e: unknown) =>
    post(e instanceof JobFailure ? { type: 'failure', message: e.message, ...(e.text ? { text: e.text } : {}), errors: e.errors } : { type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
