import { CylinderGeometry, TorusGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { Parts, type BuiltModel } from '../geometry/model';
import { brass, mirrorGlass, pbr } from '../materials/palette';

/**
 * A round mirror in wall coordinates: dark backing board on the wall, silvered glass, and a
 * slim round brass frame whose front is the catalogue depth.
 */
export function roundMirror(product: Product): BuiltModel {
  const { w, d } = product.dimensionsM;
  const parts = new Parts();
  const r = w / 2;
  const tube = (d - 0.01) / 2;
  const disc = (radius: number, t: number, z: number) => new CylinderGeometry(radius, radius, t, 96, 1).rotateX(Math.PI / 2).translate(0, 0, z + t / 2);
  parts.add(disc(r - 0.01, 0.01, 0), pbr('backing', '#2b2926', { roughness: 0.8 }));
  parts.add(disc(r - tube * 1.2, 0.005, 0.01), mirrorGlass());
  parts.add(new TorusGeometry(r - tube, tube, 10, 128).translate(0, 0, 0.01 + tube), brass());
  return parts.done();
}
