import type { Document } from '@gltf-transform/core';
import { JobFailure } from '../jobs/job-failure';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

/** The image formats browsers and the pipeline's encoder read, by their first bytes. */
export function imageFormat(b: Uint8Array): 'png' | 'jpeg' | 'webp' | undefined {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') return 'webp';
  return undefined;
}

/**
 * Step 4: every texture must really be a PNG, JPEG or WebP image, whatever its name or declared
 * type says: anything else (a script, a PDF, a KTX2 file) fails the job naming the texture.
 */
export function checkTextures(doc: Document): void {
  const bad = doc.getRoot().listTextures().filter((t) => {
    const image = t.getImage();
    return !image || !imageFormat(image);
  });
  const errors = bad.map((t, i) => {
    const text = MODEL_JOB_FAILURES.badTexture({ name: t.getURI() || t.getName() || `#${i}` });
    return { field: `textures/${t.getName() || t.getURI() || i}`, message: text.en, text };
  });
  const [first] = errors;
  if (first) throw new JobFailure(first.text, errors);
}
