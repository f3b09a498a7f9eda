import type { Product } from '../../../shared/catalogue/product';
import { box, roundedBox } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A grid of open cubbies (columns x rows) in thick birch panels, open at the back. */
export function cubbyShelving(product: Product, columns: number, rows: number): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const birch = wood('#e4cfa7');
  const parts = new Parts();
  const t = 0.035;
  for (const y of [t / 2, h - t / 2]) parts.add(roundedBox(w, t, d, 0.004, 1).translate(0, y, 0), birch);
  for (const x of [-w / 2 + t / 2, w / 2 - t / 2]) parts.add(roundedBox(t, h - 2 * t, d, 0.004, 1).translate(x, h / 2, 0), birch);
  const cellW = (w - t) / columns;
  const cellH = (h - t) / rows;
  for (let c = 1; c < columns; c++) parts.add(box(t * 0.6, h - 2 * t, d - 0.004).translate(-w / 2 + t / 2 + c * cellW, h / 2, 0), birch);
  for (let r = 1; r < rows; r++) parts.add(box(w - 2 * t, t * 0.6, d - 0.004).translate(0, t / 2 + r * cellH, 0), birch);
  return parts.done();
}
