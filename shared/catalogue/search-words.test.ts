import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchVocabulary, searchWords, toTsQuery, typoAlternatives, withinOneTypo } from './search-words';

/** Reference: optimal string alignment distance, the textbook dynamic programme. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // Every index below is within the (a.length + 1) × (b.length + 1) table.
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const vocab = buildSearchVocabulary([
  { name: { fr: 'Fauteuil en velours', en: 'Velvet armchair' }, description: { fr: 'Assise profonde', en: 'Deep seat' }, sku: 'ARM-LOIRE', vendor: 'Atelier Loire', tags: ['salon'] },
  { name: { fr: 'Chaise Arc', en: 'Arc chair' }, description: { fr: 'Chêne massif', en: 'Solid oak' }, sku: 'CHR-ARC' },
]);

describe('search words', () => {
  it('folds case and accents and splits like the simple parser', () => {
    expect(searchWords('  Fauteuil EN Velours, chêne!')).toEqual(['fauteuil', 'en', 'velours', 'chene']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });

  it('counts one typo exactly as optimal string alignment does', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => withinOneTypo(a, b) === (osa(a, b) <= 1)), { numRuns: 3000 });
  });

  it('forgives one typo in a whole word or in the beginning of one, never in short words', () => {
    expect(typoAlternatives('fauteiul', vocab)).toContain('fauteuil');
    expect(typoAlternatives('chiar', vocab)).toContain('chair');
    expect(typoAlternatives('velvte', vocab)).toContain('velvet');
    expect(typoAlternatives('fauti', vocab)).toContain('fauteuil');
    expect(typoAlternatives('arc', vocab)).toEqual([]);
    expect(typoAlternatives('zzzzzz', vocab)).toEqual([]);
  });

  it('makes a query where every word must match, as a prefix or an alternative', () => {
    expect(toTsQuery(['fauteuil', 'velour'], vocab)).toBe('(fauteuil:*) & (velour:*)');
    expect(toTsQuery(['chiar', 'oak'], vocab)).toBe('(chiar:* | chair) & (oak:*)');
  });
});

describe('typo alternatives are only sought for words that begin no catalogue word', () => {
  it('keeps a typed prefix as it is', () => {
    expect(toTsQuery(['chai'], vocab)).toBe('(chai:*)');
    expect(toTsQuery(['chiar'], vocab)).toBe('(chiar:* | chair)');
  });
});
