import type { Services } from '../app/services';
import { refreshCartsHolding } from '../carts/refresh-cart-prices';

/**
 * Makes a committed catalogue change live everywhere: this process reloads its catalogue, every
 * other process hears it on the bus and reloads too, every open page hears
 * `GET /api/catalogue/events`, and the carts holding these products take the change as notices
 * their customers see (docs/price-changes.md). Call it after the transaction commits.
 *
 * @example await announceCatalogueChange(services, ['sofa-oslo-3']);
 */
export async function announceCatalogueChange(s: Services, ids: readonly string[] | '*'): Promise<void> {
  await s.catalogueEvents.announce(ids);
  await refreshCartsHolding(s, ids);
}
