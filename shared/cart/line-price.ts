import type { Money } from '../money';
import type { CartContext } from './cart-context';

/**
 * What one unit of a line costs today: the variant's own price when it has one, else the
 * product's; undefined when the product or the variant is no longer sold.
 *
 * @example currentUnitPrice(ctx.product('sofa-oslo-3'), 'sable')
 */
export function currentUnitPrice(product: ReturnType<CartContext['product']>, variantId: string | undefined): Money | undefined {
  if (!product) return undefined;
  if (!variantId) return product.price;
  const variant = product.variants.find((v) => v.id === variantId);
  if (!variant) return product.variants.length ? undefined : product.price;
  return variant.price ?? product.price;
}
