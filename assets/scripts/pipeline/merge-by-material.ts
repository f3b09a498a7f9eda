import { BufferAttribute, Group, Mesh, type BufferGeometry, type Material, type Object3D } from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Bakes every part's transform into its geometry and merges the parts that share a material:
 * one draw call per material, and one primitive per material for variants to target.
 * Meshes are named after their material so the USDZ prims are readable.
 *
 * @example mergeByMaterial(model.root).children.length // number of distinct materials
 */
export function mergeByMaterial(root: Object3D, name: string): Group {
  root.updateMatrixWorld(true);
  const byMaterial = new Map<Material, BufferGeometry[]>();
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    const material = o.material as Material;
    const g = prepare(o.geometry as BufferGeometry).applyMatrix4(o.matrixWorld);
    const list = byMaterial.get(material) ?? [];
    list.push(g);
    byMaterial.set(material, list);
  });
  const out = new Group();
  out.name = name;
  for (const [material, geometries] of byMaterial) {
    const merged = mergeGeometries(geometries, false);
    if (!merged) throw new Error(`${name}: could not merge parts of material ${material.name}`);
    const welded = mergeVertices(merged, 1e-6);
    welded.computeBoundingBox();
    const mesh = new Mesh(welded, material);
    mesh.name = material.name;
    out.add(mesh);
  }
  return out;
}

/** Same attribute set everywhere (position, normal, uv), non-indexed, so parts can merge. */
function prepare(source: BufferGeometry): BufferGeometry {
  const g = source.index ? source.toNonIndexed() : source.clone();
  for (const key of Object.keys(g.attributes)) if (!['position', 'normal', 'uv'].includes(key)) g.deleteAttribute(key);
  if (!g.getAttribute('normal')) g.computeVertexNormals();
  if (!g.getAttribute('uv')) g.setAttribute('uv', new BufferAttribute(new Float32Array(g.getAttribute('position').count * 2), 2));
  g.morphAttributes = {};
  g.clearGroups();
  return g;
}
