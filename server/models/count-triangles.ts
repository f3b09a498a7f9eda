import { Primitive, type Document } from '@gltf-transform/core';

/** Triangles drawn by the document's triangle primitives (indexed or not). */
export function countTriangles(doc: Document): number {
  let n = 0;
  for (const mesh of doc.getRoot().listMeshes())
    for (const p of mesh.listPrimitives()) {
      if (p.getMode() !== Primitive.Mode.TRIANGLES) continue;
      n += Math.floor((p.getIndices()?.getCount() ?? p.getAttribute('POSITION')?.getCount() ?? 0) / 3);
    }
  return n;
}
