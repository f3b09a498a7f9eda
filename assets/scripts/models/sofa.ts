import type { Product } from '../../../shared/catalogue/product';
import { post, roundedBox } from '../geometry/parts';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { blackMetal, fabric, leather, wood } from '../materials/palette';

export interface SofaStyle {
  seats: number;
  armWidth: number;
  /** Height of the arms from the floor. */
  armHeight: number;
  legHeight: number;
  legs: 'wood' | 'metal' | 'plinth';
  /** Corner radius of upholstered blocks: bigger reads as softer (bouclé). */
  softness: number;
  cover?: 'fabric' | 'leather';
  backDepth?: number;
}

/**
 * A sofa (or, with one seat, an armchair): legs or plinth, a base frame, two arms, a back,
 * one seat cushion and one back cushion per seat, all upholstered in the variant material.
 *
 * @example sofa(product, { seats: 3, armWidth: 0.16, armHeight: 0.6, legHeight: 0.12, legs: 'wood', softness: 0.04 })
 */
export function sofa(product: Product, s: SofaStyle): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const coverName = s.cover ?? 'fabric';
  const cover = coverName === 'leather' ? leather(defaultSwatch(product, '#8a4b24')) : fabric(defaultSwatch(product, '#c9b79c'));
  const parts = new Parts();
  const backD = s.backDepth ?? Math.min(0.2, d * 0.24);
  const baseH = 0.17;
  const seatCushionH = 0.15;
  const innerW = w - 2 * s.armWidth;
  const legBottom = s.legHeight;

  if (s.legs === 'plinth') {
    parts.add(roundedBox(w - 0.12, s.legHeight, d - 0.14, 0.01, 2).translate(0, s.legHeight / 2, 0.01), blackMetal());
  } else {
    const legMaterial = s.legs === 'wood' ? wood('#b88a5c', 'wood') : blackMetal();
    const r = s.legs === 'wood' ? 0.022 : 0.012;
    const ix = w / 2 - 0.07;
    const iz = d / 2 - 0.07;
    for (const x of [-ix, ix]) for (const z of [-iz, iz]) parts.add(post(r, s.legHeight, 12, r * 0.65).translate(x, 0, z), legMaterial);
  }

  const y0 = legBottom;
  parts.add(roundedBox(w, baseH, d, s.softness * 0.6).translate(0, y0 + baseH / 2, 0), cover);
  const armH = s.armHeight - y0;
  for (const side of [-1, 1])
    parts.add(roundedBox(s.armWidth, armH, d, s.softness * 1.4).translate(side * (w / 2 - s.armWidth / 2), y0 + armH / 2, 0), cover);
  const backH = h - y0;
  parts.add(roundedBox(innerW + 0.02, backH, backD, s.softness).translate(0, y0 + backH / 2, -d / 2 + backD / 2), cover);

  const gap = 0.008;
  const cushionW = innerW / s.seats - gap;
  const seatD = d - backD - 0.02;
  const seatY = y0 + baseH;
  const backCushionD = 0.15;
  const backCushionH = Math.min(0.42, h - seatY - seatCushionH - 0.04);
  for (let i = 0; i < s.seats; i++) {
    const x = -innerW / 2 + (i + 0.5) * (innerW / s.seats);
    parts.add(
      roundedBox(cushionW, seatCushionH, seatD, s.softness * 1.2).translate(x, seatY + seatCushionH / 2, -d / 2 + backD + seatD / 2),
      cover,
    );
    parts.add(
      roundedBox(cushionW, backCushionH, backCushionD, s.softness * 1.4)
        .rotateX(-0.14)
        .translate(x, seatY + seatCushionH + backCushionH / 2, -d / 2 + backD + backCushionD / 2 - 0.01),
      cover,
    );
  }
  return parts.done(coverName);
}
