import type { Locale } from '../../../shared/i18n-text';
import type { Money } from '../../../shared/money';
import { formatMoney } from '../../../shared/money-math';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** @example formatPrice({ amount: 129900, currency: 'EUR' }, 'fr') // "1 299,00 €" */
export function formatPrice(m: Money, locale: Locale): string {
  return formatMoney(m, tags[locale]);
}

/** Centimetres from metres, rounded to the unit. @example formatCm(2.14, 'fr') // "214" */
export function formatCm(metres: number, locale: Locale): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 0 }).format(metres * 100);
}

/** @example formatTime('2026-05-01T14:05:00Z', 'fr') // "16:05" */
export function formatTime(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** @example formatDate('2026-05-01T14:05:00Z', 'en') // "1 May 2026" */
export function formatDate(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tags[locale], { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
