import { SphereGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { lathe, post } from '../geometry/parts';
import { shell } from '../geometry/shell';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { brass, lampShade, opal } from '../materials/palette';

/** A floor lamp: weighted brass base, thin stem, a linen drum shade (variant) around a bulb. */
export function floorLamp(product: Product): BuiltModel {
  const { w, h } = product.dimensionsM;
  const metal = brass();
  const linen = lampShade(defaultSwatch(product, '#f1ece2'));
  const parts = new Parts();
  parts.add(lathe([[0, 0], [0.14, 0], [0.14, 0.014], [0.12, 0.03], [0.02, 0.036], [0, 0.036]], 48), metal);
  const shadeH = 0.34;
  const shadeBottom = h - shadeH;
  parts.add(post(0.011, shadeBottom + 0.12, 16).translate(0, 0.03, 0), metal);
  parts.add(
    shell([[w / 2, shadeBottom], [w / 2 - 0.05, h]], 0.003, 64),
    linen,
  );
  parts.add(new SphereGeometry(0.04, 20, 12).translate(0, shadeBottom + 0.19, 0), opal());
  return parts.done('shade');
}
