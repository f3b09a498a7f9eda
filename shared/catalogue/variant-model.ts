/** Which 3D model shows a chosen variant; zod-free (see shared/money-math.ts): the client imports it. */
import type { Product } from './product';
import { NO_MODEL, hasModel } from './product-model';
import { usdzUrl } from './usdz-url';

type Modelled = Pick<Product, 'id' | 'model' | 'variants'>;

const ownModel = (p: Modelled, variantId: string | null | undefined) => {
  const model = variantId ? p.variants.find((v) => v.id === variantId)?.model : undefined;
  return model && model.glb !== '' ? model : undefined;
};

/**
 * The model the viewer and "view in your room" show for `variantId`: the variant's own when it
 * has one (it differs by more than its materials), else the product's, which is `NO_MODEL` when
 * the product has none: then the page shows the photo.
 *
 * @example modelFor(lamp, 'laiton') // lamp.variants[1].model, though lamp.model is NO_MODEL
 */
export function modelFor(p: Modelled, variantId: string | null | undefined): Product['model'] {
  return ownModel(p, variantId) ?? (hasModel(p) ? p.model : NO_MODEL);
}

/**
 * The Quick Look file for `variantId`, or '' when there is none to open: a variant with its own
 * model has its own USDZ; the others use the product's file for their materials (`usdzUrl`).
 *
 * @example quickLookUrl(oslo, 'bleu-nuit') // '/models/variants/sofa-oslo-3--bleu-nuit.usdz'
 */
export function quickLookUrl(p: Modelled, variantId: string | null | undefined): string {
  const own = ownModel(p, variantId);
  if (own) return own.usdz;
  return hasModel(p) && p.model.usdz ? usdzUrl(p, variantId) : '';
}

/**
 * Whether some choice of this product shows a 3D model: its own, or one of its variants'.
 *
 * @example hasAnyModel({ ...lamp, model: NO_MODEL }) // true when a variant has a model
 */
export function hasAnyModel(p: Modelled): boolean {
  return hasModel(p) || p.variants.some((v) => ownModel(p, v.id));
}

/**
 * The variant to place when the product is picked without one: the first, unless only some
 * variants have a model, then the first of those.
 *
 * @example placeableVariantId(lamp) // 'laiton'
 */
export function placeableVariantId(p: Modelled): string | null {
  const first = p.variants[0]?.id ?? null;
  if (hasModel(p)) return first;
  return p.variants.find((v) => ownModel(p, v.id))?.id ?? first;
}
