import type { Product } from '../../../../shared/catalogue/product';
import { hasAnyModel } from '../../../../shared/catalogue/variant-model';

/** The products that can be placed in one AR session, with a lookup. */
export interface Catalogue {
  products: Product[];
  byId(id: string): Product | undefined;
}

/** Only products with a 3D model (their own or a variant's) can be placed. @example const c = arCatalogue(items); c.byId('sofa-oslo-3') */
export function arCatalogue(all: Product[]): Catalogue {
  const products = all.filter(hasAnyModel);
  const map = new Map(products.map((p) => [p.id, p]));
  return { products, byId: (id) => map.get(id) };
}
