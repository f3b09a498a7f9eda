import { Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { box, leg, roundedSlab } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A solid wood table: thick top with softened corners, aprons, four slightly splayed legs. */
export function diningTable(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const oak = wood(defaultSwatch(product, '#c49a6c'));
  const parts = new Parts();
  const topT = 0.04;
  parts.add(roundedSlab(w, d, topT, 0.015, 0.005).translate(0, h - topT, 0), oak);
  const apronH = 0.09;
  const ax = w / 2 - 0.14;
  const az = d / 2 - 0.13;
  for (const z of [-az, az]) parts.add(box(2 * ax, apronH, 0.024).translate(0, h - topT - apronH / 2, z), oak);
  for (const x of [-ax, ax]) parts.add(box(0.024, apronH, 2 * az).translate(x, h - topT - apronH / 2, 0), oak);
  for (const sx of [-1, 1])
    for (const sz of [-1, 1]) {
      const top = new Vector3(sx * (ax - 0.01), h - topT, sz * (az - 0.01));
      const foot = new Vector3(sx * (ax + 0.05), 0, sz * (az + 0.04));
      parts.add(leg(foot, top, 0.019, 0.03, 16), oak);
    }
  return parts.done('wood');
}
