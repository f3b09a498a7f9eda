import { Vector3 } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { discSlab, leg, rod } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { blackMetal, wood } from '../materials/palette';

export interface StoolStyle {
  legs: 3 | 4;
  seatDiameter: number;
  legMaterial: 'wood' | 'metal';
  /** Height of the footrest bars, if any. */
  footrest?: number;
}

/**
 * A round-seated stool on splayed legs: the tall counter stool (four steel legs joined by a
 * square footrest) and the small three-legged Tripode. The legs' feet set the outer width and depth.
 */
export function stool(product: Product, s: StoolStyle): BuiltModel {
  const { w, h } = product.dimensionsM;
  const oak = wood('#c9a273');
  const legMaterial = s.legMaterial === 'wood' ? oak : blackMetal();
  const parts = new Parts();
  const seatT = 0.032;
  parts.add(discSlab(s.seatDiameter, seatT, 0.008, 48).translate(0, h - seatT, 0), oak);
  const legR = s.legMaterial === 'wood' ? 0.016 : 0.011;
  const footR = w / 2 - legR * 0.8;
  const topR = s.seatDiameter / 2 - 0.07;
  // Three legs start at 90 degrees (pointing to +x); four sit on the diagonals.
  const angles = Array.from({ length: s.legs }, (_, i) => (s.legs === 4 ? Math.PI / 4 : 0) + (i * 2 * Math.PI) / s.legs);
  const footOf = (a: number) =>
    s.legs === 4
      ? new Vector3(Math.sign(Math.cos(a)) * footR, 0, Math.sign(Math.sin(a)) * footR)
      : new Vector3(Math.cos(a) * footR, 0, Math.sin(a) * footR);
  const legs = angles.map((a) => ({ foot: footOf(a), top: new Vector3(Math.cos(a) * topR, h - seatT, Math.sin(a) * topR) }));
  for (const l of legs) parts.add(leg(l.foot, l.top, legR * 0.8, legR, 12), legMaterial);
  if (s.footrest !== undefined) {
    // A footrest bar between each pair of neighbouring legs, where they cross its height.
    const t = s.footrest / (h - seatT);
    const at = legs.map((l) => l.foot.clone().lerp(l.top, t));
    at.forEach((p, i) => {
      parts.add(rod(p, at[(i + 1) % at.length]!, 0.008, 0.008, 10), legMaterial);
    });
  }
  return parts.done();
}
