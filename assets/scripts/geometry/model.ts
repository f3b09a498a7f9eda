import { Group, Mesh, type BufferGeometry, type Material } from 'three';
import type { Product } from '../../../shared/catalogue/product';
import { grainUv } from './uv';

/**
 * What a product builder returns: the object in metres, plus the name of the material the
 * catalogue's variants recolour (absent when the product has no variants).
 */
export interface BuiltModel {
  root: Group;
  variantMaterial?: string;
}

export type ModelBuilder = (product: Product) => BuiltModel;

/**
 * Collects parts; geometry is already placed, so meshes carry no transform.
 * @example new Parts().add(box(1, 1, 1).translate(0, 0.5, 0), wood('#c49a6c')).done('wood')
 */
export class Parts {
  readonly root = new Group();

  add(geometry: BufferGeometry, material: Material): this {
    // Grained materials (wood, travertine) get uvs in metres so the grain keeps its scale.
    if (material.userData.grain) grainUv(geometry);
    this.root.add(new Mesh(geometry, material));
    return this;
  }

  done(variantMaterial?: string): BuiltModel {
    return { root: this.root, variantMaterial };
  }
}

/** The swatch of a product's default variant, or a fallback when it has none. */
export function defaultSwatch(product: Product, fallback: string): string {
  return product.variants[0]?.swatch ?? fallback;
}
