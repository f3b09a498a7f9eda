import validator from 'gltf-validator';
import { JobFailure } from '../jobs/job-failure';
import type { UnpackedModel } from './unpack-model';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

export interface Validation {
  warnings: number;
}

/**
 * Step 2: the Khronos glTF validator on the file as uploaded. Any error fails the job with the
 * validator's first errors (code, message and where in the file); warnings are only counted.
 *
 * @example await validateModel(unpacked) // throws JobFailure('The model is not valid glTF: ...')
 */
export async function validateModel(model: UnpackedModel): Promise<Validation> {
  const options = { writeTimestamp: false, maxIssues: 50, ignoredIssues: ['UNSUPPORTED_EXTENSION'] };
  let report: Awaited<ReturnType<typeof validator.validateBytes>>;
  try {
    report = model.kind === 'glb'
      ? await validator.validateBytes(model.glb, { ...options, format: 'glb' })
      : await validator.validateString(model.text, {
          ...options,
          uri: model.name,
          externalResourceFunction: async (uri) => {
            const bytes = model.resources[uri] ?? model.resources[encodeURI(uri)];
            if (!bytes) throw new Error(`missing ${uri}`);
            return bytes;
          },
        });
  } catch (e) {
    throw new JobFailure(MODEL_JOB_FAILURES.unreadable({ detail: e instanceof Error ? e.message : String(e) }));
  }
  const errors = report.issues.messages.filter((m) => m.severity === 0).slice(0, 5);
  const lines = errors.map((m) => {
    const text = MODEL_JOB_FAILURES.validatorIssue({ code: m.code, detail: m.message, pointer: m.pointer });
    return { field: m.pointer, message: text.en, text };
  });
  const [first] = lines;
  if (first) throw new JobFailure(MODEL_JOB_FAILURES.invalidGltf({ count: report.issues.numErrors, detail: first.message }), lines);
  return { warnings: report.issues.numWarnings };
}
