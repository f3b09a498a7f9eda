import type { Document } from '@gltf-transform/core';
import type { Product } from '../../shared/catalogue/product';
import { exportUsdz } from '../../assets/scripts/pipeline/export-usdz';
import { MODEL_LIMITS } from './model-limits';
import { toThreeGroup } from './to-three-group';

/**
 * Step 8: the AR Quick Look file, written like the seed models' (three's USDZExporter in Node,
 * metres, Y up, plane anchoring by placement), from the simplified model before compression.
 */
export async function makeUsdz(doc: Document, product: Pick<Product, 'id' | 'placement'>): Promise<Uint8Array> {
  const group = await toThreeGroup(doc, product.id, MODEL_LIMITS.budget.usdzTexturePx);
  return exportUsdz(group, product as Product);
}
