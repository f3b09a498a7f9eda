import type { Document } from '@gltf-transform/core';
import { cloneDocument, dedup, meshopt, prune, simplify, textureCompress, weld } from '@gltf-transform/functions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import sharp from 'sharp';
import { JobFailure } from '../jobs/job-failure';
import { countTriangles } from './count-triangles';
import { MODEL_LIMITS, type ModelLimits } from './model-limits';
import { modelIo } from './model-io';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';

export interface OptimiseReport {
  trianglesIn: number;
  triangles: number;
  texturePx: number;
  bytes: number;
}

/**
 * Step 7a: at most `maxTriangles`, by meshoptimizer's simplifier on a welded mesh, allowing more
 * error step by step until the budget is met. Changes `doc` in place.
 */
export async function simplifyToBudget(doc: Document, maxTriangles: number = MODEL_LIMITS.budget.maxTriangles): Promise<{ trianglesIn: number; triangles: number }> {
  await MeshoptSimplifier.ready;
  await doc.transform(dedup(), weld());
  const trianglesIn = countTriangles(doc);
  let triangles = trianglesIn;
  for (const error of [0.001, 0.005, 0.02, 0.05, 0.2, 1]) {
    if (triangles <= maxTriangles) break;
    const ratio = Math.max(0.001, (maxTriangles / triangles) * 0.97);
    await doc.transform(simplify({ simplifier: MeshoptSimplifier, ratio, error, lockBorder: false }));
    triangles = countTriangles(doc);
  }
  if (triangles > maxTriangles)
    throw new JobFailure(MODEL_JOB_FAILURES.tooManyTriangles({ trianglesIn, max: maxTriangles, triangles }));
  return { trianglesIn, triangles };
}

/**
 * Step 7b: the web GLB. Textures become WebP at most `maxTexturePx` (halved until the file fits),
 * then meshopt compression with quantisation; the result must fit `maxGlbBytes`.
 *
 * @example const { glb, report } = await compressToBudget(doc);
 */
export async function compressToBudget(doc: Document, budget: ModelLimits['budget'] = MODEL_LIMITS.budget): Promise<{ glb: Uint8Array; texturePx: number; bytes: number }> {
  await MeshoptEncoder.ready;
  const io = await modelIo();
  let last = 0;
  for (let px = budget.maxTexturePx; px >= 256; px /= 2) {
    const out = cloneDocument(doc);
    await out.transform(
      textureCompress({ encoder: sharp, targetFormat: 'webp', resize: [px, px], quality: 85 }),
      prune({ keepExtras: true }),
      meshopt({ encoder: MeshoptEncoder, level: 'medium' }),
    );
    const glb = await io.writeBinary(out);
    last = glb.byteLength;
    if (glb.byteLength <= budget.maxGlbBytes) return { glb, texturePx: px, bytes: glb.byteLength };
    if (!doc.getRoot().listTextures().length) break;
  }
  throw new JobFailure(MODEL_JOB_FAILURES.tooLarge({ bytes: last, maxBytes: budget.maxGlbBytes }));
}
