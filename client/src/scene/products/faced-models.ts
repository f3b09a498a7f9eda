import type { Product } from '../../../../shared/catalogue/product';
import { modelFor } from '../../../../shared/catalogue/variant-model';
import type { PlacedItem } from '../layout/placed-item';

/** A model file the store shows, and the product it belongs to (for its size and placeholder). */
export interface FacedModel {
  key: string;
  product: Product;
  /** '' when the choice has no model: the product's true-size box stands in for it. */
  glb: string;
}

/**
 * Names the model an instance shows: its product and the file its variant brings (its own, or
 * the product's). Variants that differ only by materials share a key, so they share one load.
 *
 * @example modelKey(sofa, 'bleu') === modelKey(sofa, 'sable') // true; modelKey(sofa, 'angle') differs
 */
export function modelKey(p: Pick<Product, 'id' | 'model' | 'variants'>, variantId: string | null): string {
  return fileKey(p.id, modelFor(p, variantId).glb);
}

/**
 * The model key of one file of a product (as the model cache names it).
 * @example fileKey('lamp', '/files/models/lamp--laiton.glb') === modelKey(lamp, 'laiton')
 */
export function fileKey(productId: string, glb: string): string {
  return `${productId} ${glb}`;
}

/**
 * The models the store's instances stand in, each listed once however many copies and variants
 * share it, and the key of the one each instance shows (`keyOf[i]` for `items[i]`): a variant
 * faced on a shelf, dressed in a room set or on a podium shows its own model when it has one.
 *
 * @example const { models, keyOf } = facedModels(world.items, world.productById)
 */
export function facedModels(
  items: readonly Pick<PlacedItem, 'productId' | 'variantId'>[],
  productById: ReadonlyMap<string, Product>,
): { models: FacedModel[]; keyOf: string[] } {
  const models = new Map<string, FacedModel>();
  const keyOf = items.map((it) => {
    const product = productById.get(it.productId);
    // placeProducts only places products of the catalogue it was given.
    if (!product) throw new RangeError(`placed product ${it.productId} is not in the catalogue`);
    const key = modelKey(product, it.variantId);
    if (!models.has(key)) models.set(key, { key, product, glb: modelFor(product, it.variantId).glb });
    return key;
  });
  return { models: [...models.values()], keyOf };
}
