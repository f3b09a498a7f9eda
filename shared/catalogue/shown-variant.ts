/** Which variant a product page shows; zod-free (see shared/money-math.ts): the client shell imports it. */
import type { Product } from './product';

/**
 * The variant the product page shows for the one its address asks for (`?v=`): that one when the
 * product has it, else the first, else none. The page and what it prefetches both ask here, so the
 * model downloaded ahead is the model then shown.
 *
 * @example shownVariantId(lamp, 'laiton') // 'laiton'; shownVariantId(lamp, 'vert') // 'blanc'
 */
export function shownVariantId(p: Pick<Product, 'variants'>, requested: string | null | undefined): string | null {
  return (p.variants.find((v) => v.id === requested) ?? p.variants[0])?.id ?? null;
}
