import type { MailLocale } from './mail-body';

/** The stores' time zone: appointments and pickup deadlines are told in the time of the shop. */
export const STORE_TIME_ZONE = 'Europe/Paris';

/**
 * A date and time as a mail writes it, in the recipient's language and the stores' time zone.
 *
 * @example formatMailDate('2026-12-07T14:00:00Z', 'fr') // 'lundi 7 décembre 2026 à 15:00'
 */
export function formatMailDate(iso: string, l: MailLocale, what: 'date-time' | 'date' = 'date-time'): string {
  return new Intl.DateTimeFormat(l === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full', ...(what === 'date-time' ? { timeStyle: 'short' } : {}), timeZone: STORE_TIME_ZONE,
  }).format(new Date(iso));
}
