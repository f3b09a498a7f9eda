/** USDZ file names per variant, zod-free (see shared/money-math.ts): the client imports it. */
import type { Product } from './product';

/** Folder, beside the default `<id>.usdz`, that holds the other variants' files. */
export const USDZ_VARIANTS_FOLDER = 'variants';

/**
 * File name of a non-default variant's USDZ inside {@link USDZ_VARIANTS_FOLDER}.
 * @example usdzVariantFileName('sofa-oslo-3', 'bleu-nuit') // 'sofa-oslo-3--bleu-nuit.usdz'
 */
export function usdzVariantFileName(productId: string, variantId: string): string {
  return `${productId}--${variantId}.usdz`;
}

/**
 * The AR Quick Look file showing `variantId`: USDZ has no material variants, so every variant
 * but the default (the first) has a file of its own next to the default `model.usdz`. No
 * variant, the default one or an unknown one give `model.usdz`.
 *
 * @example usdzUrl(oslo, 'bleu-nuit') // '/models/variants/sofa-oslo-3--bleu-nuit.usdz'
 * @example usdzUrl(oslo, 'sable')     // '/models/sofa-oslo-3.usdz'
 */
export function usdzUrl(product: Pick<Product, 'id' | 'model' | 'variants'>, variantId: string | null | undefined): string {
  const index = variantId ? product.variants.findIndex((v) => v.id === variantId) : -1;
  if (index <= 0) return product.model.usdz;
  const folder = product.model.usdz.slice(0, product.model.usdz.lastIndexOf('/') + 1);
  return `${folder}${USDZ_VARIANTS_FOLDER}/${encodeURIComponent(usdzVariantFileName(product.id, variantId!))}`;
}
