import type { DeliveryGroup } from '../../../../shared/delivery/delivery-schemas';
import { SHOP_TIME_ZONE } from '../../../../shared/delivery/paris-clock';
import { formatPrice } from '../../i18n/format';
import type { Translator } from '../../i18n/use-t';
import '../../i18n/checkout-text';

const tags = { fr: 'fr-FR', en: 'en-GB' } as const;

/** Days and hours as the stores keep them (Paris time), whatever the device's zone. */
function day(iso: string, locale: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(tags[locale], { weekday: 'short', day: 'numeric', month: 'short', timeZone: SHOP_TIME_ZONE }).format(new Date(iso));
}
function time(iso: string, locale: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(tags[locale], { hour: '2-digit', minute: '2-digit', timeZone: SHOP_TIME_ZONE }).format(new Date(iso));
}

/** "Delivered between Wed 9 Dec and Thu 10 Dec", "Ready from Mon 7 Dec at 12:00"... */
export function promiseText(g: Pick<DeliveryGroup, 'method' | 'promise'>, { t, locale }: Pick<Translator, 't' | 'locale'>): string {
  switch (g.method) {
    case 'standard':
      return t('checkout.promise.standard', { from: day(g.promise.from, locale), by: day(g.promise.by, locale) });
    case 'express':
      return t('checkout.promise.express', { day: day(g.promise.by, locale), time: time(g.promise.by, locale) });
    case 'pickup':
      return t('checkout.promise.pickup', { day: day(g.promise.from, locale), time: time(g.promise.from, locale) });
    default:
      return t('checkout.promise.take_now');
  }
}

/** "Home delivery", "Collect at Lyon"...: the method of a group, named the same on every screen. */
export function methodText(g: Pick<DeliveryGroup, 'method' | 'locationId'>, t: Translator['t'], storeName: (id?: string) => string): string {
  return g.method === 'pickup' || g.method === 'take_now' ? t(`checkout.method.${g.method}`, { store: storeName(g.locationId) }) : t(`checkout.method.${g.method}`);
}

/** A fee as the customer reads it: "Free" rather than 0,00 €. */
export function feeText(g: Pick<DeliveryGroup, 'fee'>, { t, locale }: Pick<Translator, 't' | 'locale'>): string {
  return g.fee.amount === 0 ? t('checkout.free') : formatPrice(g.fee, locale);
}
