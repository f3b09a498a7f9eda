import type { Product } from '../../../../shared/catalogue/product';
import type { DisplayKind } from '../../../../shared/store-layout/store-layout-schema';

/**
 * How a product is shown in the store: rugs are stacked on pallets, wall items hang, table items
 * stand on gondola shelves and everything else stands on racks at true size.
 *
 * @example displayKind({ category: 'rugs', placement: 'floor' }) // 'rug'
 */
export function displayKind(p: Pick<Product, 'category' | 'placement'>): DisplayKind {
  if (p.category === 'rugs') return 'rug';
  return p.placement;
}
