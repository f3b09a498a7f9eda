import { BoxGeometry, Color, MeshStandardMaterial } from 'three';
import type { Product } from '../../../../shared/catalogue/product';
import { toFloatGeometry } from './float-geometry';
import type { ProductModel } from './product-model';

const CATEGORY_TINT: Record<string, string> = {
  sofas: '#9aa3a0', armchairs: '#b49a7a', tables: '#a57c52', chairs: '#8a7a6a',
  lighting: '#e7dfcf', storage: '#b08a62', rugs: '#c9b79c', decor: '#8fa3a8',
};

/**
 * A box of the product's true size, standing where the real model would (same origin
 * convention), coloured like its variants: what the store shows until the GLB exists.
 *
 * @example placeholderModel(product).parts[0].geometry.boundingBox
 */
export function placeholderModel(p: Product): ProductModel {
  const { w, h, d } = p.dimensionsM;
  const box = new BoxGeometry(w, h, d);
  // Floor and table items stand on y = 0; wall items have their back on z = 0, centred on y = 0.
  if (p.placement === 'wall') box.translate(0, 0, d / 2);
  else box.translate(0, h / 2, 0);
  const geometry = toFloatGeometry(box, null, new Color(1, 1, 1), true);
  box.dispose();
  const base = new MeshStandardMaterial({ name: 'body', color: p.variants[0]?.swatch ?? CATEGORY_TINT[p.category] ?? '#aaaaaa', roughness: 0.8 });
  const variants = new Map(
    p.variants.map((v) => [v.id, new Map([['body', new MeshStandardMaterial({ name: 'body', color: v.swatch, roughness: 0.8 })]])]),
  );
  return { productId: p.id, source: 'placeholder', glb: '', parts: [{ geometry, materialName: 'body', material: base }], variants };
}
