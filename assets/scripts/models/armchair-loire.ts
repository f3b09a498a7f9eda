import { Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { box, rod, roundedBox, tiltedReach } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { leather, wood } from '../materials/palette';

/**
 * A low lounge chair: two ash side frames (front and back legs, armrest, rail), seat rails,
 * two raked back posts, and thick leather seat and back cushions (the variant material).
 */
export function armchairLoire(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const ash = wood('#d7b98e', 'wood');
  const hide = leather(defaultSwatch(product, '#8a4b24'));
  const parts = new Parts();
  const armY = 0.54;
  const frameT = 0.04;
  for (const side of [-1, 1]) {
    const x = side * (w / 2 - frameT / 2);
    parts.add(box(frameT, armY, 0.045).translate(x, armY / 2, d / 2 - 0.06), ash);
    parts.add(box(frameT, armY, 0.045).translate(x, armY / 2, -d / 2 + 0.08), ash);
    parts.add(roundedBox(0.07, 0.028, d, 0.012).translate(side * (w / 2 - 0.035), armY + 0.014, 0), ash);
    parts.add(box(frameT * 0.8, 0.05, d - 0.16).translate(x, 0.2, 0.01), ash);
  }
  for (const z of [d / 2 - 0.07, -d / 2 + 0.12]) parts.add(box(w - 2 * frameT, 0.06, 0.035).translate(0, 0.24, z), ash);

  const seatW = w - 2 * frameT - 0.01;
  parts.add(roundedBox(seatW, 0.13, d - 0.2, 0.045).translate(0, 0.27 + 0.065, 0.055), hide);

  // Back cushion raked by `tilt`; placed so its top edge is the chair's height.
  const tilt = 0.3;
  const backH = 0.46;
  const backD = 0.12;
  const reach = tiltedReach(backH, backD, 0.045, tilt);
  const cy = h - reach.up;
  const cz = -d / 2 + 0.03 + reach.back;
  parts.add(roundedBox(seatW, backH, backD, 0.045).rotateX(-tilt).translate(0, cy, cz), hide);
  for (const side of [-1, 1]) {
    const x = side * (w / 2 - frameT - 0.03);
    parts.add(rod(new Vector3(x, 0.24, -d / 2 + 0.14), new Vector3(x, h - 0.06, -d / 2 + 0.018), 0.016), ash);
  }
  return parts.done('leather');
}
