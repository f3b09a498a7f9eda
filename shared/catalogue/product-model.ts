/** A product's 3D model, or its absence; zod-free (see shared/money-math.ts): the client imports it. */
import type { Product } from './product';

/**
 * The model of a product that has none yet: empty URLs (the field stays, as the contract shows
 * it). Every surface reads it as "photos only": the product page keeps the poster and offers
 * neither the 3D view nor "view in your room", the 3D store stands a true-size box in its place.
 */
export const NO_MODEL: Product['model'] = { glb: '', usdz: '' };

/**
 * Whether the product has a 3D model to show.
 *
 * @example hasModel({ model: NO_MODEL }) // false
 */
export function hasModel(p: Pick<Product, 'model'>): boolean {
  return p.model.glb !== '';
}

/**
 * Whether shoppers see this product with its photo only: it is on sale (not a draft) and has no
 * model of its own. The back office says so beside the product, so the gap does not go unnoticed.
 *
 * @example onSaleWithoutModel({ status: 'published', model: NO_MODEL }) // true
 */
export function onSaleWithoutModel(p: Pick<Product, 'model' | 'status'>): boolean {
  return p.status !== 'draft' && !hasModel(p);
}

/**
 * The product as it may be shown: every model URL whose file is not there is dropped (the whole
 * model when its GLB is missing), so no page loads, and no API hands out, a file that 404s. The
 * same object comes back when nothing is missing.
 *
 * @example withoutMissingModels(imported, (url) => files.has(url)).model // NO_MODEL before the upload
 */
export function withoutMissingModels<P extends Pick<Product, 'model' | 'variants'>>(p: P, exists: (url: string) => boolean): P {
  const there = (url: string) => url !== '' && exists(url);
  const model = !there(p.model.glb) ? NO_MODEL : there(p.model.usdz) ? p.model : { ...p.model, usdz: '' };
  let variantsChanged = false;
  const variants = p.variants.map((v) => {
    if (!v.model || there(v.model.glb)) return v;
    variantsChanged = true;
    const { model: _missing, ...rest } = v;
    return rest;
  });
  const modelChanged = model.glb !== p.model.glb || model.usdz !== p.model.usdz;
  if (!modelChanged && !variantsChanged) return p;
  return { ...p, model: modelChanged ? model : p.model, variants: variantsChanged ? variants : p.variants };
}
