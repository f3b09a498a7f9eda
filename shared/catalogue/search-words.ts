import type { Product } from './product';

/** Lower case, accents removed: what both the query and the indexed text are compared as. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** At most this many words of a query are used; the rest of a pasted paragraph is noise. */
export const MAX_QUERY_WORDS = 8;
/** Shorter words match as prefixes only: one typo in three letters matches half the catalogue. */
export const MIN_TYPO_WORD_LENGTH = 4;
const MAX_ALTERNATIVES = 12;

/**
 * The words of a search box, folded, split where PostgreSQL's `simple` parser would split them.
 *
 * @example searchWords('Fauteuil  en VELOURS!') // ['fauteuil', 'en', 'velours']
 */
export function searchWords(q: string): string[] {
  return textWords(q).slice(0, MAX_QUERY_WORDS);
}

function textWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every word customers can find products by, grouped by length for the typo search. */
export interface SearchVocabulary {
  byLength: Map<number, string[]>;
  /** Every word, sorted, to tell in a binary search whether a typed word begins any of them. */
  sorted: string[];
  size: number;
}

/** The words of the catalogue's names, descriptions, SKUs, vendors and tags. */
export function buildSearchVocabulary(products: readonly Pick<Product, 'name' | 'description' | 'sku' | 'vendor' | 'tags'>[], extra: readonly string[] = []): SearchVocabulary {
  const words = new Set<string>(extra.flatMap(textWords));
  for (const p of products) {
    for (const w of textWords([p.name.fr, p.name.en, p.description.fr, p.description.en, p.sku, p.vendor ?? '', ...(p.tags ?? [])].join(' '))) words.add(w);
  }
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  return { byLength, sorted: [...words].sort(), size: words.size };
}

/** Whether some catalogue word begins with `word`. */
export function beginsSomeWord(word: string, vocabulary: SearchVocabulary): boolean {
  const { sorted } = vocabulary;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < word) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo]?.startsWith(word) ?? false;
}

/**
 * Whether `a` becomes `b` by at most one edit: one letter inserted, removed, replaced, or two
 * neighbours swapped (the typos people make when typing fast).
 *
 * @example withinOneTypo('chiar', 'chair') // true
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Catalogue words a query word may have meant, beyond those it is a prefix of: words within one
 * typo of it, and words whose beginning is within one typo of it (a typo while still typing).
 *
 * @example typoAlternatives('fauteiul', vocabulary) // ['fauteuil']
 */
export function typoAlternatives(word: string, vocabulary: SearchVocabulary): string[] {
  if (word.length < MIN_TYPO_WORD_LENGTH) return [];
  const found = new Set<string>();
  for (let len = word.length - 1; found.size < MAX_ALTERNATIVES && len <= word.length + 12; len++) {
    for (const v of vocabulary.byLength.get(len) ?? []) {
      if (v.startsWith(word)) continue;
      const whole = len <= word.length + 1 && withinOneTypo(word, v);
      // The beginning of a longer word, compared at the typed length (and one either side).
      const begins = len > word.length && (withinOneTypo(word, v.slice(0, word.length)) || withinOneTypo(word, v.slice(0, word.length - 1)) || withinOneTypo(word, v.slice(0, word.length + 1)));
      if (whole || begins) found.add(v);
      if (found.size >= MAX_ALTERNATIVES) break;
    }
  }
  return [...found].sort();
}

/**
 * A `to_tsquery('simple', ...)` expression: every word must match, as a prefix of a catalogue
 * word or, when it begins none, as one of its typo alternatives. Words hold only letters and
 * digits, so nothing needs escaping.
 *
 * @example toTsQuery(['fauteuil', 'velour'], v) // '(fauteuil:*) & (velour:*)'
 */
export function toTsQuery(words: readonly string[], vocabulary: SearchVocabulary): string {
  return words
    .map((w) => `(${[`${w}:*`, ...(beginsSomeWord(w, vocabulary) ? [] : typoAlternatives(w, vocabulary))].join(' | ')})`)
    .join(' & ');
}
