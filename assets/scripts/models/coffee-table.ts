import type { Product } from '../../../shared/catalogue/product';
import { post, roundedSlab } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A low table with very soft corners, four round legs and a magazine shelf. */
export function coffeeTable(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const finish = wood(defaultSwatch(product, '#d2ae82'));
  const parts = new Parts();
  const topT = 0.03;
  parts.add(roundedSlab(w, d, topT, 0.14, 0.008).translate(0, h - topT, 0), finish);
  const ix = w / 2 - 0.09;
  const iz = d / 2 - 0.09;
  parts.add(roundedSlab(2 * ix + 0.05, 2 * iz + 0.05, 0.018, 0.06, 0.004).translate(0, 0.09, 0), finish);
  for (const x of [-ix, ix]) for (const z of [-iz, iz]) parts.add(post(0.024, h - topT, 20, 0.02).translate(x, 0, z), finish);
  return parts.done('wood');
}
