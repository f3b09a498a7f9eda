import type { Db } from '../db/database';
import { products, locations, promotions } from '../db/schema/commerce';
import type { Product } from '../../shared/catalogue/product';
import type { Location } from '../../shared/catalogue/location';
import type { Promotion } from '../../shared/pricing/promotion';
import type { CartContext } from '../../shared/cart/cart-context';

export interface Catalogue {
  products: Product[];
  locations: Location[];
  promotions: Promotion[];
  product(id: string): Product | undefined;
  location(id: string): Location | undefined;
  /** The parts of the cart reducer's context that come from the catalogue. */
  cartLookups: Pick<CartContext, 'product' | 'location' | 'promotions'>;
}

/**
 * The catalogue, stores and promotions, read once at start-up. They change by deployment, not by
 * request, and every cart command needs them, so they live in memory.
 */
export async function loadCatalogue(db: Db): Promise<Catalogue> {
  const [p, l, pr] = await Promise.all([db.select().from(products), db.select().from(locations), db.select().from(promotions)]);
  const productList = p.map((r) => r.data).sort((a, b) => a.sku.localeCompare(b.sku));
  const locationList = l.map((r) => ({ ...r }) as Location).sort((a, b) => Number(a.kind === 'store') - Number(b.kind === 'store') || a.id.localeCompare(b.id));
  const byId = new Map(productList.map((x) => [x.id, x]));
  const locById = new Map(locationList.map((x) => [x.id, x]));
  const promotionList = pr.map((r) => r.data);
  return {
    products: productList,
    locations: locationList,
    promotions: promotionList,
    product: (id) => byId.get(id),
    location: (id) => locById.get(id),
    cartLookups: { product: (id) => byId.get(id), location: (id) => locById.get(id), promotions: promotionList },
  };
}
