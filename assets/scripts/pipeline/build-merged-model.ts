import type { Group } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { BUILDERS } from '../models/registry';
import { normalise } from './normalise';
import { mergeByMaterial } from './merge-by-material';

/**
 * A product's model as both exports take it: built by its registered builder, moved to the
 * origin convention (size checked against the catalogue), one mesh per material.
 *
 * @example const { merged, variantMaterial } = buildMergedModel(product); // variantMaterial: 'fabric'
 */
export function buildMergedModel(product: Product): { merged: Group; variantMaterial?: string } {
  const build = BUILDERS[product.id];
  if (!build) throw new Error(`${product.id}: no model builder registered in models/registry.ts`);
  const model = build(product);
  normalise(model.root, product);
  return { merged: mergeByMaterial(model.root, product.id), variantMaterial: model.variantMaterial };
}
