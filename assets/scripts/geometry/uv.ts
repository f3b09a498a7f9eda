import { BufferAttribute, Vector3, type BufferGeometry } from 'three';

/*
 * Texture coordinates for procedural parts. three's generators give each face 0..1, which
 * stretches a grain over a long plank; these give metres or a single picture instead.
 */

/**
 * Replaces uvs by a top-down projection spanning 0..1 over a w x d footprint: for rugs and
 * discs whose texture is one picture rather than a tiled material.
 */
export function planarUv(g: BufferGeometry, w: number, d: number): BufferGeometry {
  const pos = g.getAttribute('position');
  const uv = new Float32Array(pos.count * 2);
  for (let i = 0; i < pos.count; i++) {
    uv[i * 2] = pos.getX(i) / w + 0.5;
    uv[i * 2 + 1] = 0.5 - pos.getZ(i) / d;
  }
  g.setAttribute('uv', new BufferAttribute(uv, 2));
  return g;
}

/** Scales uvs, e.g. to make a 1-metre texture tile repeat every 40 cm. */
export function scaleUv(g: BufferGeometry, su: number, sv = su): BufferGeometry {
  const uv = g.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * su, uv.getY(i) * sv);
  return g;
}

/**
 * Box-projected uvs in metres / tileM, with u along the part's longest axis: wood grain then
 * runs along a leg or a plank whatever the part's size, instead of stretching per face.
 */
export function grainUv(g: BufferGeometry, tileM = 0.8): BufferGeometry {
  g.computeBoundingBox();
  const size = g.boundingBox!.getSize(new Vector3());
  const long = size.x >= size.y && size.x >= size.z ? 0 : size.y >= size.z ? 1 : 2;
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  const uv = new Float32Array(pos.count * 2);
  for (let i = 0; i < pos.count; i++) {
    const p = [pos.getX(i), pos.getY(i), pos.getZ(i)] as const;
    const n = [Math.abs(nor.getX(i)), Math.abs(nor.getY(i)), Math.abs(nor.getZ(i))] as const;
    const facing = n[0] >= n[1] && n[0] >= n[2] ? 0 : n[1] >= n[2] ? 1 : 2;
    const uAxis = long !== facing ? long : (facing + 1) % 3;
    const vAxis = [0, 1, 2].find((a) => a !== facing && a !== uAxis)!;
    uv[i * 2] = p[uAxis as 0 | 1 | 2] / tileM;
    uv[i * 2 + 1] = p[vAxis as 0 | 1 | 2] / tileM;
  }
  g.setAttribute('uv', new BufferAttribute(uv, 2));
  return g;
}
