import { BufferAttribute, type BufferGeometry, type MeshStandardMaterial } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { averageColor, bucketOf, type BucketKey } from '../models/material-buckets';
import { modelLods } from '../models/model-lods';
import { partMaterial, type ProductModel } from '../models/product-model';

/** One level of detail of one product in one variant: a merged geometry per bucket. */
export type LodGeometries = Map<BucketKey, { geometry: BufferGeometry; material: MeshStandardMaterial }>;

/**
 * Builds a product variant's geometry for every level: parts recoloured with the variant's
 * material colours (vertex colours), then merged per material bucket, so one instance costs
 * one slot in each bucket it uses instead of one draw call per part.
 *
 * @example const [near, mid, far] = await comboGeometries(model, 'sauge')
 */
export async function comboGeometries(model: ProductModel, variantId: string | null): Promise<LodGeometries[]> {
  const lods = await modelLods(model);
  return lods.map((parts, lod) => {
    const groups = new Map<BucketKey, { list: BufferGeometry[]; material: MeshStandardMaterial }>();
    parts.forEach((g, i) => {
      if (g.getAttribute('position').count === 0) return;
      // modelLods keeps one geometry per part, in the parts' order.
      const part = model.parts[i];
      if (!part) throw new RangeError(`level ${lod} has a geometry ${i} for a model of ${model.parts.length} parts`);
      const material = partMaterial(model, part, variantId);
      const bucket = bucketOf(material, lod);
      const colour = material.color.clone();
      // Far away the texture is gone: its mean colour stands in for it.
      if (lod > 0 && material.map) colour.multiply(averageColor(material.map));
      const copy = g.clone();
      if (!bucket.startsWith('tex:')) copy.deleteAttribute('uv');
      const colors = copy.getAttribute('color') as BufferAttribute;
      const arr = new Float32Array(colors.count * 3);
      for (let k = 0; k < colors.count; k++) {
        arr[k * 3] = colour.r;
        arr[k * 3 + 1] = colour.g;
        arr[k * 3 + 2] = colour.b;
      }
      copy.setAttribute('color', new BufferAttribute(arr, 3));
      const entry = groups.get(bucket) ?? { list: [], material };
      entry.list.push(copy);
      groups.set(bucket, entry);
    });
    const out: LodGeometries = new Map();
    for (const [bucket, { list, material }] of groups) {
      const merged = list.length === 1 ? list[0] : mergeGeometries(list, false);
      if (!merged) continue;
      merged.computeBoundingBox();
      merged.computeBoundingSphere();
      out.set(bucket, { geometry: merged, material });
    }
    return out;
  });
}
