import type { Db } from '../db/database';
import { products, locations, promotions } from '../db/schema/commerce';
import type { Product } from '../../shared/catalogue/product';
import type { Location } from '../../shared/catalogue/location';
import type { Promotion } from '../../shared/pricing/promotion';
import type { CartContext } from '../../shared/cart/cart-context';
import { withoutMissingModels } from '../../shared/catalogue/product-model';
import { modelFileExists } from './model-file-exists';

export interface Catalogue {
  /** Products on sale (drafts left out), by SKU. */
  readonly products: Product[];
  readonly locations: Location[];
  readonly promotions: Promotion[];
  /** A product on sale; undefined for a draft, as for an unknown id. */
  product(id: string): Product | undefined;
  /** Any product, drafts included, for staff views. */
  anyProduct(id: string): Product | undefined;
  location(id: string): Location | undefined;
  /** The parts of the cart reducer's context that come from the catalogue (products on sale only). */
  readonly cartLookups: Pick<CartContext, 'product' | 'location' | 'promotions'>;
  /** Rises by one on every reload of this process. */
  readonly revision: number;
  /** Reads everything again from the database; routes holding this object see the new data at once. */
  reload(): Promise<void>;
}

interface Snapshot {
  products: Product[];
  all: Map<string, Product>;
  onSale: Map<string, Product>;
  locations: Location[];
  locById: Map<string, Location>;
  promotions: Promotion[];
}

async function readSnapshot(db: Db): Promise<Snapshot> {
  const [p, l, pr] = await Promise.all([db.select().from(products), db.select().from(locations), db.select().from(promotions)]);
  const all = p.map((r) => withoutMissingModels(r.data, modelFileExists)).sort((a, b) => a.sku.localeCompare(b.sku));
  const onSale = all.filter((x) => x.status !== 'draft');
  const locationList = l.map((r) => ({ ...r }) as Location).sort((a, b) => Number(a.kind === 'store') - Number(b.kind === 'store') || a.id.localeCompare(b.id));
  return {
    products: onSale,
    all: new Map(all.map((x) => [x.id, x])),
    onSale: new Map(onSale.map((x) => [x.id, x])),
    locations: locationList,
    locById: new Map(locationList.map((x) => [x.id, x])),
    promotions: pr.map((r) => r.data),
  };
}

/**
 * The catalogue, stores and promotions in memory (every cart command needs them), as one live
 * object: services and routes keep a reference to it, and `reload()` swaps what it reads, so a
 * merchant's change shows everywhere without a restart (see catalogue-changes.ts). A product's
 * model whose file is not there is left out (`withoutMissingModels`): the product is shown with
 * its photo only rather than with a 3D view that cannot load.
 *
 * @example const catalogue = await loadCatalogue(db); catalogue.product('sofa-oslo-3'); await catalogue.reload();
 */
export async function loadCatalogue(db: Db): Promise<Catalogue> {
  let snap = await readSnapshot(db);
  let revision = 0;
  // Reloads asked for while one runs coalesce into one more, which sees every commit before it.
  let running: Promise<void> | undefined;
  let again = false;
  const reloadLoop = async () => {
    do {
      again = false;
      snap = await readSnapshot(db);
      revision++;
    } while (again);
  };
  const product = (id: string) => snap.onSale.get(id);
  const location = (id: string) => snap.locById.get(id);
  const cartLookups: Catalogue['cartLookups'] = {
    product,
    location,
    get promotions() {
      return snap.promotions;
    },
  };
  return {
    get products() {
      return snap.products;
    },
    get locations() {
      return snap.locations;
    },
    get promotions() {
      return snap.promotions;
    },
    get revision() {
      return revision;
    },
    product,
    anyProduct: (id) => snap.all.get(id),
    location,
    cartLookups,
    reload() {
      if (running) {
        again = true;
        return running;
      }
      running = reloadLoop().finally(() => (running = undefined));
      return running;
    },
  };
}
