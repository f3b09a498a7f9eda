import { describe, expect, it } from 'vitest';
import { containsLoneSurrogate, dropLoneSurrogates, hasLoneSurrogate } from './lone-surrogate';

describe('lone surrogates', () => {
  it('finds a high or low surrogate without its partner, anywhere in the text', () => {
    for (const bad of ['\ud800', 'a\ud800', '\ud800b', '\udc00', 'x\udfffy', '\udc00\ud800', '😀\ud83d']) expect(hasLoneSurrogate(bad)).toBe(true);
  });
  it('accepts well-formed text, emoji (surrogate pairs) included', () => {
    for (const ok of ['', 'canapé', '😀', 'a😀b😀', '\ud83d\ude00', '日本']) expect(hasLoneSurrogate(ok)).toBe(false);
  });
  it('looks into nested values and keys', () => {
    expect(containsLoneSurrogate({ a: [{ b: 'ok' }, { c: ['\ud800'] }] })).toBe(true);
    expect(containsLoneSurrogate({ "k\udc00": 1 })).toBe(true);
    expect(containsLoneSurrogate({ a: ['ok', 1, null, true, { b: '😀' }] })).toBe(false);
  });
  it('drops only the lone halves', () => {
    expect(dropLoneSurrogates('a\ud800b😀\udc00c')).toBe('ab😀c');
  });
});
