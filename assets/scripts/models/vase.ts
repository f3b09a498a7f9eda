import type { Product } from '../../../shared/catalogue/product';
import { lathe } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { ceramic, glass } from '../materials/palette';

/** Outer profile of the amphora as [radius, height] fractions of the catalogue size. */
const AMPHORA: ReadonlyArray<readonly [number, number]> = [
  [0.55, 0], [0.6, 0.03], [0.75, 0.12], [0.93, 0.28], [1, 0.4], [0.93, 0.55], [0.7, 0.72],
  [0.45, 0.84], [0.4, 0.92], [0.5, 1],
];

/** Amphore: thrown stoneware, glazed (variant), with a real opening and inner wall. */
export function amphoraVase(product: Product): BuiltModel {
  const { w, h } = product.dimensionsM;
  const r = w / 2;
  const wall = 0.007;
  const outer = AMPHORA.map(([fr, fy]) => [fr * r, fy * h] as const);
  const inner = [[0.5 * r - wall, h], [0.4 * r - wall, 0.92 * h], [0.45 * r - wall, 0.84 * h], [0.3 * r, 0.78 * h], [0, 0.78 * h]] as const;
  const profile = [[0, 0] as const, ...outer, ...inner];
  return new Parts().add(lathe(profile, 56), ceramic(defaultSwatch(product, '#24468f'))).done('ceramic');
}

/** Bulle: a round mouth-blown vase in smoked glass, walls 3 mm thick. */
export function bubbleVase(product: Product): BuiltModel {
  const { w, h } = product.dimensionsM;
  const r = w / 2;
  const wall = 0.003;
  // An ellipse cut flat at the foot (at -45 degrees) and open at the neck (at +65 degrees).
  const ry = (h - 0.014) / (Math.SQRT1_2 + Math.sin(0.36 * Math.PI));
  const cy = Math.SQRT1_2 * ry;
  const outer: [number, number][] = [[0, 0]];
  const angles = [...Array.from({ length: 5 }, (_, i) => -0.25 * Math.PI * (1 - i / 5)), ...Array.from({ length: 9 }, (_, i) => 0.36 * Math.PI * (i / 8))];
  for (const a of angles) outer.push([Math.cos(a) * r, cy + Math.sin(a) * ry]);
  const neckR = outer[outer.length - 1]![0];
  outer.push([neckR * 0.95, h - 0.012], [neckR * 1.05, h]);
  const inner = [...outer].reverse().slice(0, -1).map(([x, y]) => [Math.max(x - wall, 0), Math.max(y, wall)] as const);
  return new Parts().add(lathe([...outer, ...inner, [0, wall]], 56), glass('#9aa69e')).done();
}
