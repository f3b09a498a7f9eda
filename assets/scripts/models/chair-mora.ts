import { Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { box, leg, post, rod, roundedBox, roundedSlab } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A spindle-back dining chair in solid wood: seat, four legs, stretchers, back posts, spindles, top rail. */
export function chairMora(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const beech = wood(defaultSwatch(product, '#d8b48a'));
  const parts = new Parts();
  const seatY = 0.45;
  const seatT = 0.028;
  parts.add(roundedSlab(w, d - 0.04, seatT, 0.03, 0.006).translate(0, seatY - seatT, 0.02), beech);
  const lx = w / 2 - 0.045;
  const fz = d / 2 - 0.05;
  const bz = -d / 2 + 0.06;
  for (const x of [-lx, lx]) {
    parts.add(post(0.016, seatY - seatT, 12, 0.013).translate(x, 0, fz), beech);
    // Back legs rake back and continue up as the back posts.
    parts.add(leg(new Vector3(x, 0, bz - 0.035), new Vector3(x, seatY, bz), 0.014, 0.017), beech);
    parts.add(rod(new Vector3(x, seatY, bz), new Vector3(x, h - 0.01, -d / 2 + 0.016), 0.017, 0.015), beech);
    parts.add(box(0.018, 0.022, fz - bz).translate(x, 0.16, (fz + bz) / 2), beech);
  }
  parts.add(box(2 * lx, 0.022, 0.018).translate(0, 0.2, fz), beech);
  const railZ = -d / 2 + 0.02;
  parts.add(roundedBox(2 * lx + 0.05, 0.07, 0.026, 0.01).translate(0, h - 0.035, railZ + 0.003), beech);
  for (let i = 0; i < 4; i++) {
    const x = -lx + ((i + 1) * 2 * lx) / 5;
    parts.add(rod(new Vector3(x, seatY, bz + 0.004), new Vector3(x, h - 0.06, railZ + 0.004), 0.008), beech);
  }
  return parts.done('wood');
}
