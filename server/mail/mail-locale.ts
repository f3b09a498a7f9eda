import type { Locale } from '../../shared/i18n-text';
import type { Config } from '../config';

/** The Intl locale money and dates are written in for a mail's language. */
export function mailLocale(language: Locale): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/**
 * The origin of links in mails written outside a request (a sweep, a status change): the public
 * URL when configured, else this server.
 *
 * @example `${mailOrigin(s.config)}/account`
 */
export function mailOrigin(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '');
}
