import type { BufferGeometry, MeshStandardMaterial } from 'three';

/** One primitive of a product model: float geometry in the product's own frame, and its material. */
export interface ModelPart {
  /** position, normal, uv, color (white), index; origin per assets/README conventions. */
  geometry: BufferGeometry;
  materialName: string;
  material: MeshStandardMaterial;
}

/**
 * A catalogue product's 3D model, loaded once and shared by every instance in the store.
 * `variants` maps a catalogue variant id to the materials it swaps in, by material name.
 */
export interface ProductModel {
  productId: string;
  source: 'glb' | 'placeholder';
  /** The file it was read from (the product's or a variant's own); '' for a placeholder. */
  glb: string;
  parts: ModelPart[];
  variants: Map<string, Map<string, MeshStandardMaterial>>;
}

/**
 * The material a part wears in a variant (the default one when the variant does not change it).
 * @example partMaterial(model, model.parts[0], 'sauge')
 */
export function partMaterial(model: ProductModel, part: ModelPart, variantId: string | null): MeshStandardMaterial {
  if (!variantId) return part.material;
  return model.variants.get(variantId)?.get(part.materialName) ?? part.material;
}
