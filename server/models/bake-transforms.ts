import type { Document, Mesh, Node } from '@gltf-transform/core';
import { dequantize, prune, transformMesh, uninstance } from '@gltf-transform/functions';

/**
 * Step 5: every mesh's vertices in scene space under one node named after the product, with no
 * transform on the way: the later steps (units, axes, origin) then work on plain coordinates.
 * A mesh drawn by several nodes is copied once per node. Animations and skins are dropped (a
 * piece of furniture stands still); the count is reported.
 */
export async function bakeTransforms(doc: Document, rootName: string): Promise<{ meshes: number; dropped: string[] }> {
  const root = doc.getRoot();
  const dropped: string[] = [];
  if (root.listAnimations().length) dropped.push(`${root.listAnimations().length} animation(s)`);
  if (root.listSkins().length) dropped.push(`${root.listSkins().length} skin(s)`);
  for (const a of root.listAnimations()) a.dispose();
  for (const s of root.listSkins()) s.dispose();
  await doc.transform(uninstance(), dequantize());

  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const placed: { node: Node; mesh: Mesh }[] = [];
  scene?.traverse((node) => {
    const mesh = node.getMesh();
    if (mesh) placed.push({ node, mesh });
  });
  const seen = new Set<Mesh>();
  const baked: Mesh[] = [];
  for (const { node, mesh } of placed) {
    let m = mesh;
    if (seen.has(mesh)) {
      m = doc.createMesh(mesh.getName());
      for (const p of mesh.listPrimitives()) m.addPrimitive(p.clone());
    }
    seen.add(mesh);
    transformMesh(m, node.getWorldMatrix());
    baked.push(m);
  }
  const top = doc.createNode(rootName);
  for (const m of baked) top.addChild(doc.createNode(m.getName()).setMesh(m));
  for (const n of root.listNodes()) if (n !== top && !top.listChildren().includes(n)) n.dispose();
  for (const s of root.listScenes()) s.dispose();
  root.setDefaultScene(doc.createScene(rootName).addChild(top));
  await doc.transform(prune({ keepExtras: true }));
  return { meshes: baked.length, dropped };
}
