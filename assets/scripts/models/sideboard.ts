import type { Product } from '../../../shared/catalogue/product';
import { box, post, roundedBox } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { blackMetal, brass, wood } from '../materials/palette';

/**
 * A sideboard: carcass with a rounded top, four doors with brass pulls on the front,
 * standing on a black metal frame. Pulls stay within the catalogue depth.
 */
export function sideboard(product: Product, doors: number): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const walnut = wood(defaultSwatch(product, '#5e3e2b'));
  const steel = blackMetal();
  const parts = new Parts();
  const legH = 0.17;
  const pull = 0.014;
  const doorT = 0.018;
  const carcassD = d - pull - doorT;
  const back = -d / 2;
  parts.add(roundedBox(w, h - legH, carcassD, 0.008, 2).translate(0, legH + (h - legH) / 2, back + carcassD / 2), walnut);
  const gap = 0.004;
  const doorW = (w - 0.03) / doors - gap;
  const doorH = h - legH - 0.05;
  const doorZ = back + carcassD + doorT / 2;
  for (let i = 0; i < doors; i++) {
    const x = -w / 2 + 0.015 + (i + 0.5) * (doorW + gap);
    parts.add(roundedBox(doorW, doorH, doorT, 0.003, 1).translate(x, legH + 0.025 + doorH / 2, doorZ), walnut);
    // Pulls sit near the meeting edge of each pair of doors.
    const edge = i % 2 === 0 ? 1 : -1;
    parts.add(box(0.012, 0.12, pull).translate(x + edge * (doorW / 2 - 0.035), legH + doorH * 0.6, doorZ + doorT / 2 + pull / 2), brass());
  }
  const fx = w / 2 - 0.06;
  const fz = carcassD / 2 - 0.04;
  const cz = back + carcassD / 2;
  for (const x of [-fx, fx]) for (const z of [cz - fz, cz + fz]) parts.add(post(0.012, legH, 12).translate(x, 0, z), steel);
  parts.add(box(2 * fx, 0.02, 0.02).translate(0, legH - 0.01, cz - fz), steel);
  parts.add(box(2 * fx, 0.02, 0.02).translate(0, legH - 0.01, cz + fz), steel);
  return parts.done('wood');
}
