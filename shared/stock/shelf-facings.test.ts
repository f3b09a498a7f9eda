import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shelfFacings, storeFacings } from './shelf-facings';

describe('shelfFacings', () => {
  it('shows one facing per available unit, no more than the shelf holds', () => {
    expect(shelfFacings(3, 15)).toEqual({ full: 3, emptyTag: false });
    expect(shelfFacings(40, 15)).toEqual({ full: 15, emptyTag: false });
  });

  it('a product the store lacks has no full facing, only an empty tagged place', () => {
    expect(shelfFacings(0, 15)).toEqual({ full: 0, emptyTag: true });
  });

  it('leaves the shelf as planned while the stock is not known', () => {
    expect(shelfFacings(undefined, 15)).toEqual({ full: 15, emptyTag: false });
  });

  it('property: never more facings than units available or places', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), (a, n) => {
      const f = shelfFacings(a, n);
      expect(f.full).toBeLessThanOrEqual(Math.min(a, n));
      expect(f.emptyTag).toBe(a === 0 && n > 0);
    }));
  });
});

describe('storeFacings', () => {
  it('empties the places of a product out of stock, tags its first place, and keeps the first facings of the others', () => {
    const r = storeFacings(8, [{ productId: 'chair', places: [1, 2, 3] }, { productId: 'lamp', places: [4, 5, 6] }], (id) => ({ chair: 0, lamp: 2 })[id]);
    expect([...r.full]).toEqual([1, 0, 0, 0, 1, 1, 0, 1]);
    expect(r.tags).toEqual([{ index: 1, productId: 'chair' }]);
  });
});
