import { Box3, Vector3, type Object3D } from 'three';
import type { Product } from '../../../shared/catalogue/product';

/** Generation is stricter than the budget test (1 cm) so rounding in quantisation has room. */
export const GENERATION_TOLERANCE_M = 0.002;

/**
 * Moves a model to the asset origin convention and checks its size against the catalogue.
 * Floor and table items: centred in x and z, standing on y = 0. Wall items: back face on the
 * wall plane z = 0, extending towards +z, centred in x, vertical centre at y = 0.
 *
 * @example normalise(model.root, product) // throws if the model is 2.20 m wide but sold as 2.14 m
 */
export function normalise(root: Object3D, product: Product): Box3 {
  root.updateMatrixWorld(true);
  const box = new Box3().setFromObject(root, true);
  const centre = box.getCenter(new Vector3());
  const offset =
    product.placement === 'wall'
      ? new Vector3(-centre.x, -centre.y, -box.min.z)
      : new Vector3(-centre.x, -box.min.y, -centre.z);
  root.position.add(offset);
  root.updateMatrixWorld(true);
  const size = box.getSize(new Vector3());
  const { w, h, d } = product.dimensionsM;
  const errors = [
    ['w', size.x, w],
    ['h', size.y, h],
    ['d', size.z, d],
  ].filter(([, got, want]) => Math.abs((got as number) - (want as number)) > GENERATION_TOLERANCE_M);
  if (errors.length > 0) {
    const text = errors.map(([k, got, want]) => `${k}=${(got as number).toFixed(4)} (catalogue ${want})`).join(', ');
    throw new Error(`${product.id}: model size does not match the catalogue: ${text}`);
  }
  return box.translate(offset);
}
