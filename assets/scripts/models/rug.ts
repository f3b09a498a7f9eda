import type { Product } from '../../../shared/catalogue/product';
import { box, discSlab, roundedRectShape, roundedSlab, slab } from '../geometry/parts';
import { planarUv, scaleUv } from '../geometry/uv';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { wool } from '../materials/palette';
import { berberWeave, juteBraid } from '../materials/textures';
import { mulberry32 } from '../lib/random';

/**
 * A rectangular wool rug: patterned field (the variant material), a contrasting woven border,
 * and cotton fringes on the short ends, all within the catalogue footprint.
 */
export function berberRug(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const field = wool(defaultSwatch(product, '#ebe3d2'), 'wool', berberWeave());
  const border = wool('#3b3835', 'wool-border');
  const fringeMaterial = wool('#efe9dc', 'fringe');
  const parts = new Parts();
  const fringe = 0.07;
  const bodyD = d - 2 * fringe;
  const band = 0.1;
  // The border is a frame: an outline with the field's rectangle cut out.
  const frame = roundedRectShape(w, bodyD, 0.01);
  frame.holes.push(roundedRectShape(w - 2 * band, bodyD - 2 * band, 0.002));
  parts.add(slab(frame, h, 0), border);
  parts.add(scaleUv(roundedSlab(w - 2 * band, bodyD - 2 * band, h * 0.9, 0.002, 0.002), 0.7), field);
  const rand = mulberry32(5);
  const strands = Math.round(w / 0.025);
  for (const end of [-1, 1])
    for (let i = 0; i < strands; i++) {
      const x = -w / 2 + 0.012 + (i * (w - 0.024)) / (strands - 1);
      const len = fringe - rand() * 0.012;
      parts.add(box(0.008, 0.003, len).translate(x, 0.0015, end * (bodyD / 2 + len / 2)), fringeMaterial);
    }
  return parts.done('wool');
}

/** A round braided jute rug: one disc with a concentric braid texture. */
export function juteRug(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const jute = wool('#c8a97a', 'jute', juteBraid());
  return new Parts().add(planarUv(discSlab(w, h, 0.004, 96), w, d), jute).done();
}
