import { PlaneGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { box, roundedBox } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { paint, pbr, wood } from '../materials/palette';
import { calanquesPrint } from '../materials/print-calanques';

/**
 * A framed print in wall coordinates: four frame bars (the variant material), a white mat
 * (passe-partout) and the printed picture set into it.
 */
export function framedPrint(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const frameMaterial = wood(defaultSwatch(product, '#c8a06e'), 'frame');
  const parts = new Parts();
  const bar = 0.028;
  for (const side of [-1, 1]) {
    parts.add(roundedBox(w, bar, d, 0.004, 2).translate(0, side * (h / 2 - bar / 2), d / 2), frameMaterial);
    parts.add(roundedBox(bar, h - 2 * bar + 0.002, d, 0.004, 2).translate(side * (w / 2 - bar / 2), 0, d / 2), frameMaterial);
  }
  const innerW = w - 2 * bar;
  const innerH = h - 2 * bar;
  parts.add(box(innerW, innerH, 0.004).translate(0, 0, d - 0.012), paint('#f7f4ee', 'mat'));
  const printW = innerW - 0.1;
  const printH = printW * (520 / 336);
  parts.add(
    new PlaneGeometry(printW, printH).translate(0, 0.012, d - 0.0098),
    pbr('print', '#ffffff', { roughness: 0.85, map: calanquesPrint() }),
  );
  return parts.done('frame');
}
