import type { Product } from '../../../../shared/catalogue/product';
import { modelFor } from '../../../../shared/catalogue/variant-model';
import { modelKey } from './faced-models';

/** Where a model file stands in the store: loaded, being fetched, failed; undefined: never asked for. */
export type ModelStatus = 'ready' | 'loading' | 'failed';

/** What the product in hand shows for the variant chosen on the panel. */
export interface HeldModelPlan {
  /** Model key (faced-models.ts) of the file the chosen variant stands in. */
  key: string;
  /** That file: the variant's own, or the product's; '' for the true-size box. */
  glb: string;
  /** Model key to draw now: the wanted one once loaded, until then (or after a failure) the one in hand. */
  show: string;
  /** True when nobody has asked for the wanted file yet: fetch it, once. */
  fetch: boolean;
}

/**
 * Which model the product in hand shows when a swatch is chosen: the variant's own file (or the
 * product's) as soon as it is loaded; meanwhile, and if it cannot be loaded, the shape in hand
 * stays (in the new colours). A file no shelf faces is fetched on demand, once.
 *
 * @example heldModelPlan(lamp, 'laiton', 'lamp ', () => undefined)
 *   // { key: 'lamp /files/lamp--laiton.glb', glb: '/files/lamp--laiton.glb', show: 'lamp ', fetch: true }
 */
export function heldModelPlan(
  product: Pick<Product, 'id' | 'model' | 'variants'>,
  variantId: string | null,
  shown: string,
  status: (key: string) => ModelStatus | undefined,
): HeldModelPlan {
  const key = modelKey(product, variantId);
  const glb = modelFor(product, variantId).glb;
  const s = status(key);
  return { key, glb, show: s === 'ready' ? key : shown, fetch: s === undefined };
}
