import type { Product } from '../../../../shared/catalogue/product';

/** The products that can be placed in one AR session, with a lookup. */
export interface Catalogue {
  products: Product[];
  byId(id: string): Product | undefined;
}

/** @example const c = arCatalogue(items); c.byId('sofa-oslo-3') */
export function arCatalogue(products: Product[]): Catalogue {
  const map = new Map(products.map((p) => [p.id, p]));
  return { products, byId: (id) => map.get(id) };
}
