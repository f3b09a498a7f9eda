import { Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { leg, roundedBox, tiltedReach } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { blackMetal, fabric } from '../materials/palette';

/** An upholstered dining chair: padded seat and curved-looking back on slim black legs. */
export function chairArc(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const cover = fabric(defaultSwatch(product, '#8d8e8c'));
  const steel = blackMetal();
  const parts = new Parts();
  const seatTop = 0.47;
  const seatH = 0.09;
  parts.add(roundedBox(w, seatH, d - 0.04, 0.03).translate(0, seatTop - seatH / 2, 0.02), cover);
  const tilt = 0.16;
  const backH = 0.4;
  const backD = 0.07;
  const reach = tiltedReach(backH, backD, 0.03, tilt);
  parts.add(roundedBox(w - 0.02, backH, backD, 0.03).rotateX(-tilt).translate(0, h - reach.up, -d / 2 + reach.back), cover);
  const lx = w / 2 - 0.05;
  for (const x of [-lx, lx]) {
    parts.add(leg(new Vector3(x * 1.04, 0, d / 2 - 0.05), new Vector3(x, seatTop - seatH, d / 2 - 0.08), 0.009, 0.011), steel);
    parts.add(leg(new Vector3(x * 1.04, 0, -d / 2 + 0.04), new Vector3(x, seatTop - seatH, -d / 2 + 0.1), 0.009, 0.011), steel);
  }
  return parts.done('fabric');
}
