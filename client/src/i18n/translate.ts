import type { Locale } from '../../../shared/i18n-text';
import { fr, type MessageKey } from './fr';

/**
 * Every page's messages, plus those of areas that arrive with their own chunk (the back office):
 * a phone opening a product page does not download the back office's vocabulary. French, the
 * reference and the default, is always there; English arrives with its chunk (`loadLocale`).
 */
const dictionaries: Record<Locale, Partial<Record<MessageKey, string>>> = { fr: { ...fr }, en: {} };
let english: Promise<void> | undefined;

/**
 * Makes a language's messages available before it is shown (the first render waits for it, and
 * so does a switch of language).
 * @example await loadLocale('en'); translate('en', 'product.add');
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'fr') return Promise.resolve();
  english ??= import('./en').then(({ en }) => {
    // Areas that arrived first keep their words: the core is added under them.
    dictionaries.en = { ...en, ...dictionaries.en };
  });
  return english;
}

/**
 * Adds an area's messages, once its chunk has loaded; both languages at once, with the same keys.
 * @example addMessages({ fr: adminFr, en: adminEn });
 */
export function addMessages<K extends MessageKey>(area: { fr: Record<K, string>; en: Record<K, string> }): void {
  Object.assign(dictionaries.fr, area.fr);
  Object.assign(dictionaries.en, area.en);
}

export type Vars = Record<string, string | number>;
/** Keys that have `_one` / `_other` forms, without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/**
 * Fills `{name}` placeholders. A placeholder without a value stays as it is: a visible slip that a
 * test can catch, never a silent blank in the middle of a sentence.
 * @example fillMessage('Allée {n}', { n: 4 }) // "Allée 4"
 */
export function fillMessage(template: string, vars?: Vars): string {
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}

const plurals: Partial<Record<Locale, Intl.PluralRules>> = {};

/** Which form a count takes in a locale (French says "0 article", English "0 items"). */
export function pluralForm(locale: Locale, n: number): 'one' | 'other' {
  const rules = plurals[locale] ?? new Intl.PluralRules(locale);
  plurals[locale] = rules;
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/**
 * Looks a message up and fills `{name}` placeholders.
 * @example translate('en', 'product.pickupAt', { store: 'Lyon' }) // "Pick up at Lyon"
 */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const s: string = dictionaries[locale][key] ?? dictionaries.fr[key] ?? key;
  return fillMessage(s, vars);
}

/**
 * Picks the `_one` or `_other` form for `n` by the locale's plural rules; `n` is available as `{n}`.
 * @example translatePlural('fr', 'shop.results', 1) // "1 produit"
 */
export function translatePlural(locale: Locale, key: PluralKey, n: number, vars?: Vars): string {
  return translate(locale, `${key}_${pluralForm(locale, n)}` as MessageKey, { n, ...vars });
}

/** A counted text: its form follows `{n}`. */
export interface PluralText {
  one: string;
  other: string;
}

/** A table of texts kept beside the code that shows them (room, advisor console, 3D store). */
export type TextTable = Record<string, Record<Locale, string | PluralText>>;

/**
 * A text of such a table, read the same way as the dictionaries: placeholders filled, and a
 * counted text in the form `vars.n` asks for.
 * @example localize(ROOM_TEXT, 'fr', 'people', { n: 1 }) // "1 personne"
 */
export function localize<T extends TextTable>(table: T, locale: Locale, key: keyof T, vars?: Vars): string {
  const text = table[key]![locale];
  if (typeof text === 'string') return fillMessage(text, vars);
  const n = Number(vars?.n ?? 0);
  return fillMessage(text[pluralForm(locale, n)], vars);
}
