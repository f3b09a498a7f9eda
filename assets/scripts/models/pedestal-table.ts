import type { Product } from '../../../shared/catalogue/product';
import { discSlab, lathe } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { blackMetal, travertine, wood } from '../materials/palette';

export interface PedestalStyle {
  top: 'ash' | 'travertine';
  /** Radius of the column and of the foot, in metres. */
  column: number;
  foot: number;
  topThickness: number;
}

/**
 * A round table on one central column with a flared foot: the Lune dining table (ash on
 * lacquered metal) and the Pilier side table (all travertine).
 */
export function pedestalTable(product: Product, s: PedestalStyle): BuiltModel {
  const { w, h } = product.dimensionsM;
  const topMaterial = s.top === 'ash' ? wood('#8b6a4e', 'wood') : travertine('#dccdb3');
  const baseMaterial = s.top === 'ash' ? blackMetal() : topMaterial;
  const parts = new Parts();
  parts.add(discSlab(w, s.topThickness, 0.006, 64).translate(0, h - s.topThickness, 0), topMaterial);
  const colTop = h - s.topThickness;
  parts.add(
    lathe(
      [
        [0, 0],
        [s.foot, 0],
        [s.foot, 0.012],
        [s.column * 1.25, 0.05],
        [s.column, 0.1],
        [s.column, colTop - 0.04],
        [s.column * 1.4, colTop - 0.01],
        [s.column * 1.4, colTop],
        [0, colTop],
      ],
      40,
    ),
    baseMaterial,
  );
  return parts.done();
}
