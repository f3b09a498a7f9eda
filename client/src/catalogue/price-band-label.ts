import type { Locale } from '../../../shared/i18n-text';
import type { Translator } from '../i18n/use-t';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** @example priceBandLabel({ min: 5000, max: 10000 }, 'fr', t) // "50 € à 100 €" */
export function priceBandLabel(band: { min: number; max: number | null }, locale: Locale, t: Translator['t']): string {
  const euros = (cents: number) => new Intl.NumberFormat(tags[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
  if (band.max === null) return t('shop.priceFrom', { min: euros(band.min) });
  if (band.min === 0) return t('shop.priceUnder', { max: euros(band.max) });
  return t('shop.priceBetween', { min: euros(band.min), max: euros(band.max) });
}
