import { useMemo } from 'react';
import type { Locale } from '../../../shared/i18n-text';
import type { MessageKey } from './fr';
import { translate, translatePlural, type PluralKey, type Vars } from './translate';
import { useLocale } from '../stores/use-locale';

export interface Translator {
  locale: Locale;
  t(key: MessageKey, vars?: Vars): string;
  tn(key: PluralKey, n: number, vars?: Vars): string;
}

/**
 * The current locale's messages, re-rendering on language switch.
 * @example const { t, tn } = useT(); t('product.add'); tn('shop.results', items.length)
 */
export function useT(): Translator {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      t: (key, vars) => translate(locale, key, vars),
      tn: (key, n, vars) => translatePlural(locale, key, n, vars),
    }),
    [locale],
  );
}
