import type { Product } from '../../../shared/catalogue/product';
import { box, roundedBox } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A tall bookcase: two sides, top, kick plate, bottom and shelves, a thin back panel. */
export function bookcase(product: Product, levels: number): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const veneer = wood(defaultSwatch(product, '#c9a273'));
  const parts = new Parts();
  const t = 0.022;
  for (const side of [-1, 1]) parts.add(roundedBox(t, h, d, 0.003, 1).translate(side * (w / 2 - t / 2), h / 2, 0), veneer);
  const innerW = w - 2 * t;
  const kick = 0.06;
  parts.add(box(innerW, kick, t).translate(0, kick / 2, d / 2 - t / 2 - 0.01), veneer);
  parts.add(box(innerW, t, d - 0.01).translate(0, h - t / 2, 0.005), veneer);
  const bottom = kick + t / 2;
  const pitch = (h - t - bottom) / levels;
  for (let i = 0; i < levels; i++) parts.add(box(innerW, t, d - 0.02).translate(0, bottom + i * pitch, 0.01), veneer);
  parts.add(box(innerW, h - 0.002, 0.008).translate(0, h / 2, -d / 2 + 0.004), veneer);
  return parts.done('wood');
}
