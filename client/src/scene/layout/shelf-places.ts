import type { ShelfPlaces } from '../../../../shared/stock/shelf-facings';
import type { PlacedItem } from './placed-item';

/**
 * Each product's places on the shelves, in the placement's order (eye level and nearest aisles
 * first), leaving out podiums and room sets, which show a product rather than stock it.
 *
 * @example shelfPlaces(world.items).find((s) => s.productId === 'chair-loire')?.places.length // 15
 */
export function shelfPlaces(items: readonly Pick<PlacedItem, 'index' | 'productId' | 'source'>[]): ShelfPlaces[] {
  const by = new Map<string, number[]>();
  for (const it of items) {
    if (it.source !== 'shelf') continue;
    const list = by.get(it.productId) ?? [];
    list.push(it.index);
    by.set(it.productId, list);
  }
  return [...by].map(([productId, places]) => ({ productId, places }));
}
