import { Box3, ExtrudeGeometry, Shape, Vector3, type BufferGeometry } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { discSlab, lathe, leg, rod } from '../geometry/parts';
import { scaleUv } from '../geometry/uv';
import { Parts, type BuiltModel } from '../geometry/model';
import { plant, pbr, stone, wood } from '../materials/palette';
import { terrazzo } from '../materials/textures';
import { mulberry32 } from '../lib/random';

const POT_TOP_R = 0.16;
const POT_H = 0.3;
const LEG_H = 0.1;

/**
 * A terrazzo pot on three oak legs with a leafy plant. The foliage is grown from a seeded
 * generator, then scaled to the catalogue's spread and height: plants are sold by size.
 */
export function planter(product: Product): BuiltModel {
  const { w, h, d } = product.dimensionsM;
  const parts = new Parts();
  const potTop = LEG_H + POT_H;
  const pot = lathe([[0, LEG_H], [0.11, LEG_H], [0.13, LEG_H + 0.05], [POT_TOP_R, potTop - 0.01], [POT_TOP_R, potTop], [POT_TOP_R - 0.012, potTop], [POT_TOP_R - 0.014, potTop - 0.03], [0, potTop - 0.03]], 56);
  // Three repeats around the pot keep the chips at about a centimetre.
  parts.add(scaleUv(pot, 3, 2.2), stone('#ffffff', 'terrazzo', terrazzo()));
  parts.add(discSlab(2 * (POT_TOP_R - 0.014), 0.01, 0, 40).translate(0, potTop - 0.035, 0), pbr('soil', '#3a2a20', { roughness: 1 }));
  const oak = wood('#b98a5a');
  for (let i = 0; i < 3; i++) {
    const a = (i / 3) * Math.PI * 2 + Math.PI / 2;
    parts.add(leg(new Vector3(Math.cos(a) * 0.13, 0, Math.sin(a) * 0.13), new Vector3(Math.cos(a) * 0.1, LEG_H + 0.03, Math.sin(a) * 0.1), 0.012, 0.014), oak);
  }

  const { stems, leaves } = growFoliage(potTop - 0.03);
  fitFoliage([...stems, ...leaves], potTop - 0.03, w, h, d);
  const stemMaterial = plant('#5b6b3a', 'stem');
  const leafMaterial = plant('#3f6b3a', 'leaf');
  for (const g of stems) parts.add(g, stemMaterial);
  for (const g of leaves) parts.add(g, leafMaterial);
  return parts.done();
}

function leafShape(len: number, width: number): Shape {
  const s = new Shape();
  s.moveTo(0, 0);
  s.quadraticCurveTo(width, len * 0.35, 0, len);
  s.quadraticCurveTo(-width, len * 0.35, 0, 0);
  return s;
}

/** Stems fan out from the soil; each carries leaves along it, tilted out and up. */
function growFoliage(soilY: number): { stems: BufferGeometry[]; leaves: BufferGeometry[] } {
  const rand = mulberry32(77);
  const stems: BufferGeometry[] = [];
  const leaves: BufferGeometry[] = [];
  const count = 8;
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 + rand() * 0.4;
    const lean = 0.2 + rand() * 0.3;
    const len = 0.22 + rand() * 0.2;
    const base = new Vector3(Math.cos(a) * 0.03, soilY, Math.sin(a) * 0.03);
    const dir = new Vector3(Math.cos(a) * Math.sin(lean), Math.cos(lean), Math.sin(a) * Math.sin(lean));
    const tip = base.clone().addScaledVector(dir, len);
    stems.push(rod(base, tip, 0.005, 0.003, 6));
    for (let k = 0; k < 4; k++) {
      // Leaves hang off the upper part of the stem, the last one at its tip.
      const t = 0.4 + k * 0.2;
      const at = base.clone().addScaledVector(dir, len * t);
      const leafLen = 0.15 + rand() * 0.08;
      const g = new ExtrudeGeometry(leafShape(leafLen, leafLen * 0.45), { depth: 0.002, bevelEnabled: false, curveSegments: 6 });
      const side = a + (k % 2 === 0 ? 0.7 : -0.7) + (rand() - 0.5) * 0.4;
      g.rotateX(-Math.PI / 2 + 0.35 + rand() * 0.5);
      g.rotateY(-side + Math.PI / 2);
      g.translate(at.x, at.y, at.z);
      leaves.push(g);
    }
  }
  return { stems, leaves };
}

/** Centres and scales the foliage so the whole product spans w x h x d exactly. */
function fitFoliage(geometries: BufferGeometry[], soilY: number, w: number, h: number, d: number): void {
  const box = new Box3();
  for (const g of geometries) {
    g.computeBoundingBox();
    box.union(g.boundingBox!);
  }
  // Centring the foliage moves the stems' base off the pot axis by a centimetre or two; the
  // alternative, scaling each side differently, would bend the plant.
  const cx = (box.min.x + box.max.x) / 2;
  const cz = (box.min.z + box.max.z) / 2;
  const sx = w / (box.max.x - box.min.x);
  const sz = d / (box.max.z - box.min.z);
  const sy = (h - soilY) / (box.max.y - soilY);
  for (const g of geometries) g.translate(-cx, -soilY, -cz).scale(sx, sy, sz).translate(0, soilY, 0);
}
