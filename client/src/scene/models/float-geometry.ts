import { BufferAttribute, BufferGeometry, type Color, type Matrix4 } from 'three';

/**
 * A copy of a (possibly quantised, KHR_mesh_quantization) geometry with plain float position,
 * normal and, when asked, uv attributes, the object's transform baked in, and a `color`
 * attribute filled with `color` (linear). All batched geometries share this layout.
 *
 * @example toFloatGeometry(mesh.geometry, mesh.matrixWorld, material.color, false)
 */
export function toFloatGeometry(source: BufferGeometry, matrix: Matrix4 | null, color: Color, withUv: boolean): BufferGeometry {
  const out = new BufferGeometry();
  const pos = source.getAttribute('position');
  const count = pos.count;
  out.setAttribute('position', new BufferAttribute(readFloats(pos, 3), 3));
  const normal = source.getAttribute('normal');
  if (normal) out.setAttribute('normal', new BufferAttribute(readFloats(normal, 3), 3));
  if (withUv) {
    const uv = source.getAttribute('uv');
    out.setAttribute('uv', new BufferAttribute(uv ? readFloats(uv, 2) : new Float32Array(count * 2), 2));
  }
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    colors[i * 3] = color.r;
    colors[i * 3 + 1] = color.g;
    colors[i * 3 + 2] = color.b;
  }
  out.setAttribute('color', new BufferAttribute(colors, 3));
  if (source.index) out.setIndex(new BufferAttribute(new Uint32Array(source.index.array), 1));
  else out.setIndex(new BufferAttribute(Uint32Array.from({ length: count }, (_, i) => i), 1));
  if (matrix) out.applyMatrix4(matrix);
  if (!normal) out.computeVertexNormals();
  return out;
}

/** Reads an attribute through getX/getY/getZ, which undo normalisation, into plain floats. */
function readFloats(a: BufferGeometry['attributes'][string], size: number): Float32Array {
  const attr = a as BufferAttribute;
  const out = new Float32Array(attr.count * size);
  for (let i = 0; i < attr.count; i++) {
    out[i * size] = attr.getX(i);
    if (size > 1) out[i * size + 1] = attr.getY(i);
    if (size > 2) out[i * size + 2] = attr.getZ(i);
  }
  return out;
}

/**
 * Keeps only the vertices an index list uses (after simplification), so a coarse level of detail
 * does not carry the fine one's vertex buffer.
 * @example compactGeometry(geometry, simplifiedIndices)
 */
export function compactGeometry(source: BufferGeometry, indices: Uint32Array): BufferGeometry {
  const remap = new Int32Array(source.getAttribute('position').count).fill(-1);
  let next = 0;
  const newIndex = new Uint32Array(indices.length);
  indices.forEach((v, i) => {
    const known = remap[v];
    if (known === undefined) throw new RangeError(`index ${v} points past the ${remap.length} vertices`);
    if (known !== -1) newIndex[i] = known;
    else {
      remap[v] = next;
      newIndex[i] = next++;
    }
  });
  const out = new BufferGeometry();
  for (const [name, attr] of Object.entries(source.attributes)) {
    const a = attr as BufferAttribute;
    const size = a.itemSize;
    const src = a.array as Float32Array;
    const dst = new Float32Array(next * size);
    remap.forEach((to, v) => {
      if (to === -1) return;
      // v < the vertex count, and src holds `size` numbers per vertex.
      for (let k = 0; k < size; k++) dst[to * size + k] = src[v * size + k]!;
    });
    out.setAttribute(name, new BufferAttribute(dst, size));
  }
  out.setIndex(new BufferAttribute(newIndex, 1));
  return out;
}
