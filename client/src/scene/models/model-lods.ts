import { MeshoptSimplifier } from 'three/examples/jsm/libs/meshopt_simplifier.module.js';
import type { BufferGeometry } from 'three';
import { compactGeometry } from './float-geometry';
import type { ProductModel } from './product-model';

/** Distances (metres from the eye) where an instance switches to the next coarser level. */
export const LOD_DISTANCES = [7, 18] as const;
export const LOD_COUNT = LOD_DISTANCES.length + 1;

/** Share of the triangles kept at each level, and the error allowed (relative to the model's size). */
const LEVELS = [
  { ratio: 1, error: 0 },
  { ratio: 0.3, error: 0.03 },
  { ratio: 0.06, error: 0.25 },
] as const;

const cache = new WeakMap<ProductModel, Promise<BufferGeometry[][]>>();

/**
 * The model's parts at every level of detail: `[lod][part]`. Coarse levels come from meshopt's
 * simplifier at load time (a few milliseconds per model, once). Placeholders are 12 triangles
 * and share one geometry for all levels.
 *
 * @example const [full, half, far] = await modelLods(model)
 */
export function modelLods(model: ProductModel): Promise<BufferGeometry[][]> {
  let p = cache.get(model);
  if (!p) {
    p = build(model);
    cache.set(model, p);
  }
  return p;
}

async function build(model: ProductModel): Promise<BufferGeometry[][]> {
  const full = model.parts.map((p) => p.geometry);
  if (model.source === 'placeholder') return LEVELS.map(() => full);
  await MeshoptSimplifier.ready;
  return LEVELS.map((level, l) => (l === 0 ? full : full.map((g) => simplify(g, level.ratio, level.error, l === LEVELS.length - 1))));
}

function simplify(g: BufferGeometry, ratio: number, error: number, sloppy: boolean): BufferGeometry {
  const positions = g.getAttribute('position').array as Float32Array;
  // Weld by position first: uv and normal seams otherwise act as borders nothing can collapse.
  const index = weldedIndex(g.index!.array as Uint32Array, positions);
  const target = Math.max(3, Math.floor((index.length * ratio) / 3) * 3);
  if (target >= index.length) return g;
  const [simplified] = sloppy
    ? MeshoptSimplifier.simplifySloppy(index, positions, 3, null, target, error)
    : MeshoptSimplifier.simplify(index, positions, 3, target, error);
  // A part simplified away entirely (a tiny screw) simply disappears at that distance.
  if (simplified.length < 3) return compactGeometry(g, index.slice(0, 0));
  return compactGeometry(g, simplified);
}

/** Each index redirected to the first vertex at the same position (within 0.1 mm). */
function weldedIndex(index: Uint32Array, positions: Float32Array): Uint32Array {
  const first = new Map<string, number>();
  const canonical = new Uint32Array(positions.length / 3);
  for (let v = 0; v < canonical.length; v++) {
    // v < positions.length / 3: its three coordinates are there.
    const key = `${Math.round(positions[v * 3]! * 1e4)},${Math.round(positions[v * 3 + 1]! * 1e4)},${Math.round(positions[v * 3 + 2]! * 1e4)}`;
    const known = first.get(key);
    canonical[v] = known ?? v;
    if (known === undefined) first.set(key, v);
  }
  return index.map((i) => {
    const v = canonical[i];
    if (v === undefined) throw new RangeError(`index ${i} points past the ${canonical.length} vertices`);
    return v;
  });
}
