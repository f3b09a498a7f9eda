import { Group, Mesh, type MeshStandardMaterial } from 'three';

/**
 * A view of a merged model (one mesh per material) showing another catalogue variant: the
 * material named `materialName` is replaced by a copy whose colour is the swatch (sRGB hex,
 * stored linear as `Color.set` does), exactly as to-gltf-document.ts builds the glTF variant
 * materials. Geometry and textures are shared with `merged`, which is left untouched.
 *
 * @example exportUsdz(withVariantColour(merged, 'fabric', '#2c3a56'), product)
 */
export function withVariantColour(merged: Group, materialName: string, swatch: string): Group {
  const out = new Group();
  out.name = merged.name;
  let recoloured = 0;
  for (const child of merged.children) {
    if (!(child instanceof Mesh)) continue;
    let material = child.material as MeshStandardMaterial;
    if (material.name === materialName) {
      material = material.clone();
      material.color.set(swatch);
      recoloured++;
    }
    const mesh = new Mesh(child.geometry, material);
    mesh.name = child.name;
    out.add(mesh);
  }
  if (recoloured === 0) throw new Error(`${merged.name}: no material named "${materialName}" to recolour`);
  return out;
}
