import type { Location } from '../../../shared/catalogue/location';
import type { Availability } from '../../../shared/stock/stock-level';

export interface StoreStock {
  location: Location;
  available: number;
}

export interface StockSummary {
  /** Units the warehouses can ship. */
  shippable: number;
  /** Every store, with what it has. */
  stores: StoreStock[];
  /** The chosen store, or the best-stocked one when none is chosen. */
  focus: StoreStock | null;
}

/** Below this many units a store shows "n left" rather than "n in stock". */
export const FEW_LEFT = 3;

/**
 * Stock per store and for delivery, from one availability reading.
 * @example stockSummary(availability, locations, 'store-lyon').focus // { location: Lyon, available: 3 }
 */
export function stockSummary(a: Availability | undefined, locations: readonly Location[], chosenStoreId: string | null): StockSummary {
  const at = new Map(a?.items.map((i) => [i.locationId, i.available]) ?? []);
  const stores = locations.filter((l) => l.kind === 'store').map((location) => ({ location, available: at.get(location.id) ?? 0 }));
  const shippable = locations.filter((l) => l.kind === 'warehouse').reduce((n, l) => n + (at.get(l.id) ?? 0), 0);
  const chosen = chosenStoreId ? stores.find((s) => s.location.id === chosenStoreId) : undefined;
  const best = [...stores].sort((x, y) => y.available - x.available)[0];
  return { shippable, stores, focus: chosen ?? (best && best.available > 0 ? best : null) };
}

/** "Vitrine Lyon Part-Dieu" is shown as "Lyon Part-Dieu". */
export function shortStoreName(l: Location): string {
  return l.name.replace(/^Vitrine\s+/, '');
}
