import { describe, expect, it } from 'vitest';
import { fr } from './fr';
import { en } from './en';
import type { PluralText, TextTable } from './translate';
import { ROOM_TEXT } from '../room/room-text';
import { ADVISOR_TEXT } from '../pages/advisor/advisor-text';
import { STORE_TEXT } from '../scene/store-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
const forms = (v: string | PluralText) => (typeof v === 'string' ? [v] : [v.one, v.other]);

/** Keys present in one dictionary and not in the other, whatever the types let through. */
function missing(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys(a).filter((k) => typeof b[k] !== 'string' || (b[k] as string).trim() === '');
}

describe('every word in both languages', () => {
  it('the French and English dictionaries have exactly the same keys, none empty', () => {
    expect({ notInEnglish: missing(fr, en), notInFrench: missing(en, fr) }).toEqual({ notInEnglish: [], notInFrench: [] });
  });

  it('counted texts come as a pair of _one and _other forms in each language', () => {
    const broken = Object.keys(fr).filter((k) => (k.endsWith('_one') && !(k.replace(/_one$/, '_other') in fr)) || (k.endsWith('_other') && !(k.replace(/_other$/, '_one') in fr)));
    expect(broken).toEqual([]);
  });

  it.each([
    ['room', ROOM_TEXT],
    ['advisor console', ADVISOR_TEXT],
    ['3D store', STORE_TEXT],
  ] as [string, TextTable][])('the %s table says every text in French and English, with the same placeholders and forms', (_, table) => {
    const wrong = Object.entries(table).flatMap(([key, texts]) => {
      const f = texts.fr as string | PluralText | undefined;
      const e = texts.en as string | PluralText | undefined;
      if (!f || !e || forms(f).some((s) => !s.trim()) || forms(e).some((s) => !s.trim())) return [`${key}: missing`];
      if (typeof f !== typeof e) return [`${key}: counted in one language only`];
      return forms(f).some((s, i) => placeholders(s) !== placeholders(forms(e)[i] ?? '')) ? [`${key}: placeholders differ`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('finds a missing key: the check is not vacuous', () => {
    const { 'product.add': _, ...withoutOne } = en;
    expect(missing(fr, withoutOne)).toEqual(['product.add']);
  });
});
