import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Box3, Mesh, Vector3 } from '../lite/three';
import { parseGlb } from './load-glb';

const root = new URL('../../../../', import.meta.url);
const catalogue = JSON.parse(readFileSync(new URL('assets/seed/catalogue.json', root), 'utf8')) as {
  id: string;
  dimensionsM: { w: number; h: number; d: number };
  placement: string;
  variants: { id: string }[];
}[];
const present = new Set(readdirSync(new URL('assets/models/', root)).filter((f) => f.endsWith('.glb')).map((f) => f.slice(0, -4)));
const products = catalogue.filter((p) => present.has(p.id));

describe('parseGlb reads every catalogue model at true size (viewer and AR rely on it)', () => {
  it('finds models to check', () => expect(products.length).toBeGreaterThan(0));

  for (const p of products) {
    it(`${p.id}: bounding box within 1 cm of the catalogue, origin on its surface, variants named like the catalogue`, async () => {
      const file = readFileSync(new URL(`assets/models/${p.id}.glb`, root));
      const model = await parseGlb(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength), { withImages: false });
      model.root.updateMatrixWorld(true);
      const box = new Box3().setFromObject(model.root, true);
      const size = box.getSize(new Vector3());
      expect(Math.abs(size.x - p.dimensionsM.w)).toBeLessThan(0.01);
      expect(Math.abs(size.y - p.dimensionsM.h)).toBeLessThan(0.01);
      expect(Math.abs(size.z - p.dimensionsM.d)).toBeLessThan(0.01);
      if (p.placement === 'wall') expect(Math.abs(box.min.z)).toBeLessThan(0.01);
      else expect(Math.abs(box.min.y)).toBeLessThan(0.01);
      expect(model.variants).toEqual(p.variants.map((v) => v.id));
      let triangles = 0;
      model.root.traverse((o) => {
        if (o instanceof Mesh) {
          const n = o.geometry.getAttribute('normal');
          expect(Math.hypot(n.getX(0), n.getY(0), n.getZ(0))).toBeCloseTo(1, 1);
          triangles += (o.geometry.index?.count ?? 0) / 3;
        }
      });
      expect(triangles).toBeGreaterThan(10);
      for (const v of model.variants) model.setVariant(v);
      model.dispose();
    });
  }
});
