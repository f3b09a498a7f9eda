import { Box3, Vector3 } from 'three';
import type { Dimensions } from '../../../../shared/catalogue/product';
import type { ProductModel } from './product-model';

/** A model's own extent in its frame, in metres: where its middle is and how big it is. */
export interface ModelBounds {
  centre: readonly [number, number, number];
  size: Dimensions;
}

const known = new WeakMap<ProductModel, ModelBounds>();
const box = new Box3();
const part = new Box3();
const v = new Vector3();

/**
 * The box around every part of a model, measured once per model: a variant's own model may be
 * another shape than the product's catalogue size (a corner sofa), and is held about its own
 * middle at its own, true size.
 *
 * @example modelBounds(brassLamp).size // { w: 0.3, h: 0.42, d: 0.3 }
 */
export function modelBounds(model: ProductModel): ModelBounds {
  const cached = known.get(model);
  if (cached) return cached;
  box.makeEmpty();
  for (const p of model.parts) {
    if (!p.geometry.boundingBox) p.geometry.computeBoundingBox();
    box.union(part.copy(p.geometry.boundingBox!));
  }
  const c = box.getCenter(v);
  const centre = [c.x, c.y, c.z] as const;
  box.getSize(v);
  const out = { centre, size: { w: v.x, h: v.y, d: v.z } };
  known.set(model, out);
  return out;
}
