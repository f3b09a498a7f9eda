import type { Locale } from '../../../shared/i18n-text';
import { fr, type MessageKey, type Messages } from './fr';
import { en } from './en';

const dictionaries: Record<Locale, Messages> = { fr, en };

export type Vars = Record<string, string | number>;
/** Keys that have `_one` / `_other` forms, without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/**
 * Looks a message up and fills `{name}` placeholders.
 * @example translate('en', 'product.pickupAt', { store: 'Lyon' }) // "Pick up at Lyon"
 */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const s: string = dictionaries[locale][key] ?? fr[key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

const plurals: Partial<Record<Locale, Intl.PluralRules>> = {};

/**
 * Picks the `_one` or `_other` form for `n` by the locale's plural rules; `n` is available as `{n}`.
 * @example translatePlural('fr', 'shop.results', 1) // "1 produit"
 */
export function translatePlural(locale: Locale, key: PluralKey, n: number, vars?: Vars): string {
  const rules = plurals[locale] ?? new Intl.PluralRules(locale);
  plurals[locale] = rules;
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return translate(locale, `${key}_${form}` as MessageKey, { n, ...vars });
}
