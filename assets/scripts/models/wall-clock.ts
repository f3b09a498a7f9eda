import { CylinderGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { box, lathe } from '../geometry/parts';
import { Parts, type BuiltModel } from '../geometry/model';
import { paint, steel } from '../materials/palette';

/**
 * A station clock in wall coordinates: brushed steel case, white dial with bold hour bars and
 * minute ticks, black hands at ten past ten and the red disc-tipped seconds hand.
 */
export function wallClock(product: Product): BuiltModel {
  const { w, d } = product.dimensionsM;
  const r = w / 2;
  const parts = new Parts();
  const black = paint('#151515', 'hands');
  const red = paint('#c8201e', 'seconds-hand');
  // Case: a shallow cup, its rim at the front.
  const caseProfile: [number, number][] = [[0, 0], [r - 0.01, 0], [r, 0.01], [r, d - 0.012], [r - 0.004, d - 0.008], [r - 0.014, d - 0.008], [r - 0.016, d - 0.014], [0, d - 0.014]];
  parts.add(lathe(caseProfile, 96).rotateX(Math.PI / 2), steel('case'));
  const dialZ = d - 0.014;
  parts.add(new CylinderGeometry(r - 0.016, r - 0.016, 0.001, 96).rotateX(Math.PI / 2).translate(0, 0, dialZ + 0.0005), paint('#f8f8f5', 'dial'));
  const face = dialZ + 0.001;
  for (let i = 0; i < 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    const hour = i % 5 === 0;
    const len = hour ? 0.04 : 0.012;
    const wid = hour ? 0.009 : 0.003;
    const rr = r - 0.03 - len / 2;
    parts.add(box(wid, len, 0.0008).rotateZ(-a).translate(Math.sin(a) * rr, Math.cos(a) * rr, face + 0.0004), black);
  }
  const hand = (angle: number, length: number, width: number, tail: number, z: number) =>
    box(width, length + tail, 0.002).translate(0, (length - tail) / 2, 0).rotateZ(-angle).translate(0, 0, z);
  parts.add(hand((10 / 12 + 10 / 720) * Math.PI * 2, r * 0.5, 0.012, 0.03, face + 0.003), black);
  parts.add(hand((10 / 60) * Math.PI * 2, r * 0.78, 0.009, 0.03, face + 0.006), black);
  const secAngle = (38 / 60) * Math.PI * 2;
  parts.add(hand(secAngle, r * 0.55, 0.003, 0.05, face + 0.009), red);
  const tip = r * 0.55;
  parts.add(
    new CylinderGeometry(0.013, 0.013, 0.002, 32).rotateX(Math.PI / 2).translate(Math.sin(secAngle) * tip, Math.cos(secAngle) * tip, face + 0.009),
    red,
  );
  parts.add(new CylinderGeometry(0.006, 0.006, 0.012, 24).rotateX(Math.PI / 2).translate(0, 0, face + 0.006), red);
  return parts.done();
}
