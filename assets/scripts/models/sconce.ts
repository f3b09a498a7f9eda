import { SphereGeometry, Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { lathe, rod, roundedBox } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { brass, opal } from '../materials/palette';

/**
 * A wall sconce built in wall coordinates (back on z = 0, +z into the room): brass back plate,
 * an arm reaching out and up, a cup holding an opal globe.
 */
export function sconce(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const metal = brass();
  const parts = new Parts();
  const r = w / 2;
  const globeY = h / 2 - r;
  const globeZ = d - r;
  const plateH = 0.17;
  parts.add(roundedBox(0.075, plateH, 0.016, 0.006).translate(0, -h / 2 + plateH / 2, 0.008), metal);
  const cupY = globeY - r - 0.008;
  parts.add(rod(new Vector3(0, -h / 2 + 0.05, 0.016), new Vector3(0, -h / 2 + 0.07, globeZ - 0.03), 0.008), metal);
  parts.add(rod(new Vector3(0, -h / 2 + 0.07, globeZ - 0.03), new Vector3(0, cupY, globeZ), 0.008), metal);
  parts.add(lathe([[0, 0], [0.026, 0], [0.05, 0.026], [0.045, 0.028], [0, 0.006]], 32).translate(0, cupY, globeZ), metal);
  parts.add(new SphereGeometry(r, 32, 20).translate(0, globeY, globeZ), opal());
  return parts.done();
}
