import type { Document } from '@gltf-transform/core';
import { dedup, meshopt, prune, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/**
 * Size optimisation for the web: drop duplicates and unused data, then meshopt compression
 * (which quantises to KHR_mesh_quantization first). Loading then needs three's MeshoptDecoder.
 * Textures are already small PNGs painted at their final size (256 to 512 px); WebP or KTX2
 * would need sharp or toktx, neither of which is installed here.
 */
export async function optimise(doc: Document): Promise<void> {
  await MeshoptEncoder.ready;
  await doc.transform(dedup(), weld(), prune({ keepExtras: true }), meshopt({ encoder: MeshoptEncoder, level: 'high' }));
}
