import type { Product } from '../../../shared/catalogue/product';
import { buildCollisionGrid, type CollisionGrid } from './layout/collision-grid';
import { occluderBoxes } from './layout/occluder-boxes';
import { packBoxes, packItemBoxes, type ItemBoxes } from './layout/pick-items';
import { placeProducts, type Placement } from './layout/place-products';
import type { PlacedItem } from './layout/placed-item';
import { shelfPlaces } from './layout/shelf-places';
import type { ShelfPlaces } from '../../../shared/stock/shelf-facings';
import type { StoreLayout } from '../../../shared/store-layout/store-layout-schema';

/**
 * Everything the 3D store derives from its layout, the catalogue and the stock count, computed
 * once per visit: where each product stands, where people can walk, what can be pointed at.
 * Plain data shared by the desktop view, the headset and the tests.
 */
export interface StoreWorld {
  layout: StoreLayout;
  products: readonly Product[];
  productById: ReadonlyMap<string, Product>;
  placement: Placement;
  items: readonly PlacedItem[];
  grid: CollisionGrid;
  boxes: ItemBoxes;
  occluders: ItemBoxes;
  indexByKey: ReadonlyMap<string, number>;
  /** Each product's places on the shelves, in shelf order: what the stock fills (shared/stock/shelf-facings.ts). */
  shelves: readonly ShelfPlaces[];
  /** Shelf instances asked for (`?items=`). */
  count: number;
}

/** @example const world = createStoreWorld(storeLayout, products, 1000) */
export function createStoreWorld(layout: StoreLayout, products: readonly Product[], count: number): StoreWorld {
  const placement = placeProducts(layout, products, count);
  const items = placement.items;
  return {
    layout,
    products,
    productById: new Map(products.map((p) => [p.id, p])),
    placement,
    items,
    grid: buildCollisionGrid(layout, items),
    boxes: packItemBoxes(items),
    occluders: packBoxes(occluderBoxes(layout)),
    indexByKey: new Map(items.map((it) => [it.key, it.index])),
    shelves: shelfPlaces(items),
    count,
  };
}
