import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFrenchAddress, inStoreCity, normaliseCity, storeCity } from './french-address';

const fr = (postcode: string, city: string) => checkFrenchAddress({ postcode, city, country: 'FR' });

describe('French delivery addresses', () => {
  it('accepts metropolitan and served overseas postcodes', () => {
    expect(fr('75003', 'Paris')).toEqual({ ok: true, zone: 'metropolitan', department: '75' });
    expect(fr('20000', 'Ajaccio')).toMatchObject({ ok: true, zone: 'metropolitan' });
    expect(fr('01000', 'Bourg-en-Bresse')).toMatchObject({ ok: true, department: '01' });
    expect(fr('97400', 'Saint-Denis')).toEqual({ ok: true, zone: 'overseas', department: '974' });
    expect(fr('75 003', 'Paris 3e')).toMatchObject({ ok: true });
  });
  it('names the field that is wrong', () => {
    expect(checkFrenchAddress({ postcode: '75003', city: 'Paris', country: 'BE' })).toMatchObject({ ok: false, field: 'country', reason: 'not_france' });
    expect(fr('7500', 'Paris')).toMatchObject({ ok: false, field: 'postcode', reason: 'postcode_format' });
    expect(fr('75A03', 'Paris')).toMatchObject({ ok: false, field: 'postcode', reason: 'postcode_format' });
    expect(fr('00100', 'Nulle-part')).toMatchObject({ ok: false, field: 'postcode', reason: 'postcode_unknown' });
    expect(fr('96100', 'Nulle-part')).toMatchObject({ ok: false, field: 'postcode', reason: 'postcode_unknown' });
    expect(fr('98000', 'Monaco')).toMatchObject({ ok: false, field: 'postcode', reason: 'postcode_unknown' });
    expect(fr('97500', 'Saint-Pierre')).toMatchObject({ ok: false, field: 'postcode' });
    expect(fr('75003', '  ')).toMatchObject({ ok: false, field: 'city', reason: 'city_missing' });
    expect(fr('69003', 'Paris')).toMatchObject({ ok: false, field: 'city', reason: 'city_mismatch' });
    expect(fr('75021', 'Paris')).toMatchObject({ ok: false, field: 'city', reason: 'city_mismatch' });
  });
  it('never accepts a postcode that is not five digits, and accepts every metropolitan department', () => {
    fc.assert(fc.property(fc.string(), (p) => {
      const r = fr(p, 'Village');
      if (!/^\d{5}$/.test(p.replace(/\s/g, ''))) expect(r.ok).toBe(false);
    }));
    fc.assert(fc.property(fc.integer({ min: 1, max: 95 }), fc.integer({ min: 0, max: 999 }), (d, rest) => {
      const p = `${String(d).padStart(2, '0')}${String(rest).padStart(3, '0')}`;
      expect(fr(p, 'Village')).toMatchObject({ ok: true, zone: 'metropolitan' });
    }));
  });
  it('folds city names as people write them', () => {
    expect(normaliseCity('Saint-Étienne CEDEX 1')).toBe('saint etienne');
    expect(normaliseCity('PARIS 16e arrondissement')).toBe('paris');
    expect(normaliseCity('Lyon 3ème')).toBe('lyon');
  });
  it('knows which addresses are in a store city', () => {
    const paris = '38 rue des Francs-Bourgeois, 75003 Paris, France';
    expect(storeCity(paris)).toEqual({ postcode: '75003', city: 'paris' });
    expect(inStoreCity({ postcode: '75011', city: 'Paris' }, paris)).toBe(true);
    expect(inStoreCity({ postcode: '92100', city: 'Boulogne-Billancourt' }, paris)).toBe(false);
    expect(inStoreCity({ postcode: '69003', city: 'Lyon' }, paris)).toBe(false);
  });
});
