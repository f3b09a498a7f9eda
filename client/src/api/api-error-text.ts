import type { Locale } from '../../../shared/i18n-text';
import type { MessageKey } from '../i18n/fr';
import { translate } from '../i18n/translate';

/**
 * What a person reads for a refused call: the server's `error` code in the page's language. The
 * server's `message` is written for developers (and in English), so it is never shown as is.
 *
 * @example apiErrorText('fr', 'handoff_invalid') // "Ce code n’est pas valide ou a expiré : …"
 */
export function apiErrorText(locale: Locale, code: string): string {
  const key = `apiError.${code}` as MessageKey;
  return translate(locale, key) === key ? translate(locale, 'apiError.other') : translate(locale, key);
}
