import { getBounds, Primitive, type Document } from '@gltf-transform/core';
import { KHRMaterialsVariants } from '@gltf-transform/extensions';
import type { Product } from '../../../shared/catalogue/product';

/** Budgets every product model must meet; see assets/README.md. */
export const BUDGETS = {
  glbBytes: 1024 * 1024,
  triangles: 50_000,
  /** Outer size versus the catalogue's dimensionsM, per axis, in metres. */
  sizeToleranceM: 0.01,
  /** Origin placement (min y on the floor, centring, wall plane), in metres. */
  originToleranceM: 0.002,
} as const;

export interface ModelStats {
  triangles: number;
  size: [number, number, number];
  min: [number, number, number];
  max: [number, number, number];
  variants: string[];
  materials: string[];
}

/** Measures a GLB document as a client would see it (quantisation transforms included). */
export function measure(doc: Document): ModelStats {
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) throw new Error('the GLB document has no scene');
  const { min, max } = getBounds(scene);
  let triangles = 0;
  for (const mesh of root.listMeshes())
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== Primitive.Mode.TRIANGLES) continue;
      triangles += (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')!.getCount()) / 3;
    }
  const variantsExt = root.listExtensionsUsed().find((e) => e instanceof KHRMaterialsVariants);
  const variants = variantsExt ? (variantsExt as KHRMaterialsVariants).listVariants().map((v) => v.getName()) : [];
  return {
    triangles,
    min: min as [number, number, number],
    max: max as [number, number, number],
    size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
    variants,
    materials: root.listMaterials().map((m) => m.getName()),
  };
}

/**
 * Everything wrong with a model for a product, as readable sentences; empty when it passes.
 * @example checkModel(measure(doc), product) // ['h is 0.900 m, catalogue says 0.820 m']
 */
export function checkModel(stats: ModelStats, product: Product): string[] {
  const problems: string[] = [];
  const { w, h, d } = product.dimensionsM;
  const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
  for (const [k, i] of [['w', 0], ['h', 1], ['d', 2]] as const) {
    const want = { w, h, d }[k];
    if (!near(stats.size[i], want, BUDGETS.sizeToleranceM))
      problems.push(`${k} is ${stats.size[i].toFixed(3)} m, catalogue says ${want.toFixed(3)} m`);
  }
  if (stats.triangles > BUDGETS.triangles) problems.push(`${stats.triangles} triangles, budget ${BUDGETS.triangles}`);
  const t = BUDGETS.originToleranceM;
  const centre = (i: 0 | 1 | 2) => (stats.min[i] + stats.max[i]) / 2;
  if (!near(centre(0), 0, t)) problems.push(`not centred in x (centre ${centre(0).toFixed(4)})`);
  if (product.placement === 'wall') {
    if (!near(stats.min[2], 0, t)) problems.push(`back face not on the wall plane z = 0 (min z ${stats.min[2].toFixed(4)})`);
    if (!near(centre(1), 0, t)) problems.push(`vertical centre not at y = 0 (${centre(1).toFixed(4)})`);
  } else {
    if (!near(stats.min[1], 0, t)) problems.push(`does not stand on y = 0 (min y ${stats.min[1].toFixed(4)})`);
    if (!near(centre(2), 0, t)) problems.push(`not centred in z (centre ${centre(2).toFixed(4)})`);
  }
  const wanted = product.variants.map((v) => v.id);
  if (wanted.join() !== stats.variants.join())
    problems.push(`variants [${stats.variants.join(', ')}] do not match the catalogue [${wanted.join(', ')}]`);
  return problems;
}
