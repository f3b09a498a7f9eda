import type { Locale } from '../../../../shared/i18n-text';
import type { Location } from '../../../../shared/catalogue/location';
import { shortStoreName } from '../../catalogue/stock-summary';
import { storeText } from '../store-messages';

/**
 * The lines of an empty place's tag: not in stock here, then where it is (other stores) and
 * whether it can be delivered (a warehouse has it).
 *
 * @example emptyFacingText('fr', 'store-lyon', [{ locationId: 'store-paris', available: 2 }], locations) // ['Pas en stock…', 'Disponible à Paris Marais']
 */
export function emptyFacingText(locale: Locale, storeId: string, where: readonly { locationId: string; available: number }[], locations: readonly Location[]): string[] {
  const kindOf = (id: string) => locations.find((l) => l.id === id);
  const stores = where.filter((w) => w.available > 0 && w.locationId !== storeId && kindOf(w.locationId)?.kind === 'store').map((w) => shortStoreName(kindOf(w.locationId)!));
  const delivery = where.some((w) => w.available > 0 && kindOf(w.locationId)?.kind === 'warehouse');
  const lines = [storeText(locale, 'notHere')];
  if (stores.length) lines.push(storeText(locale, 'availableAt', { stores: stores.join(', ') }));
  if (delivery) lines.push(storeText(locale, stores.length ? 'orDelivered' : 'deliveredOnly'));
  if (!stores.length && !delivery) lines.push(storeText(locale, 'nowhere'));
  return lines;
}
