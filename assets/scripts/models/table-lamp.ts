import { SphereGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { lathe, post } from '../geometry/parts';
import { pleat, shell } from '../geometry/shell';
import { defaultSwatch, Parts, type BuiltModel } from '../geometry/model';
import { brass, ceramic, lampShade, opal } from '../materials/palette';

/** Bulle: a brass foot holding an opal glass globe. */
export function globeLamp(product: Product): BuiltModel {
  const { w, h } = product.dimensionsM;
  const parts = new Parts();
  const r = w / 2;
  parts.add(lathe([[0, 0], [0.06, 0], [0.06, 0.012], [0.02, 0.03], [0.016, h - 2 * r + 0.02], [0.03, h - 2 * r + 0.03], [0, h - 2 * r + 0.03]], 40), brass());
  parts.add(new SphereGeometry(r, 40, 24).translate(0, h - r, 0), opal());
  return parts.done();
}

/** Galet: a pebble of glazed ceramic (variant) under a pleated cotton shade. */
export function pebbleLamp(product: Product): BuiltModel {
  const { w, h } = product.dimensionsM;
  const parts = new Parts();
  const glaze = ceramic(defaultSwatch(product, '#c07a55'));
  const bodyH = 0.24;
  const profile: [number, number][] = [[0, 0], [0.05, 0]];
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    const y = t * bodyH;
    profile.push([0.05 + 0.055 * Math.sin(Math.PI * t ** 0.85), y]);
  }
  profile.push([0.018, bodyH], [0, bodyH]);
  parts.add(lathe(profile, 48), glaze);
  const shadeH = 0.25;
  const shadeBottom = h - shadeH;
  parts.add(post(0.008, shadeBottom + 0.12 - bodyH, 12).translate(0, bodyH, 0), brass());
  parts.add(pleat(shell([[w / 2, shadeBottom], [w / 2 - 0.06, h]], 0.003, 144), 36, 0.008), lampShade('#f4efe4'));
  parts.add(new SphereGeometry(0.03, 16, 10).translate(0, shadeBottom + 0.12, 0), opal());
  return parts.done('ceramic');
}
