import type { Product } from '../../../shared/catalogue/product';
import { roundedBox } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { wood } from '../materials/palette';

/** A floating shelf in wall coordinates: one oak plank, back on z = 0, fixings hidden inside. */
export function wallShelf(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  return new Parts().add(roundedBox(w, h, d, 0.004, 2).translate(0, 0, d / 2), wood('#c79f6d')).done();
}
