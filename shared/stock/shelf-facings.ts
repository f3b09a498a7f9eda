/**
 * What a store's shelf shows of one product, from the units it has available there: one facing per
 * unit, as many as the shelf has room for, and an empty facing with a tag when it has none, so a
 * virtual shelf never promises what the real one lacks. `undefined` stock (not read yet) leaves the
 * shelf as planned.
 */
export interface ShelfFacings {
  /** Facings drawn full, taken in the shelf's own order (eye level and nearest aisles first). */
  full: number;
  /** True when the store has none: the first place is left empty and tagged. */
  emptyTag: boolean;
}

/** @example shelfFacings(3, 15) // { full: 3, emptyTag: false }; shelfFacings(0, 15) // { full: 0, emptyTag: true } */
export function shelfFacings(available: number | undefined, places: number): ShelfFacings {
  if (places <= 0) return { full: 0, emptyTag: false };
  if (available === undefined) return { full: places, emptyTag: false };
  if (available <= 0) return { full: 0, emptyTag: true };
  return { full: Math.min(Math.floor(available), places), emptyTag: false };
}

/** One product's places on the shelves of a store, in shelf order (item indexes of the placement). */
export interface ShelfPlaces {
  productId: string;
  places: readonly number[];
}

/** Which places of the whole store are drawn full and which are empty and tagged. */
export interface StoreFacings {
  /** Per place index: 1 drawn full, 0 left empty. Places not on a shelf (podiums, room sets) stay 1. */
  full: Uint8Array;
  /** The places that carry a "not in stock here" tag, with their product. */
  tags: { index: number; productId: string }[];
}

/**
 * The facings of every product of a store from its stock there.
 *
 * @example storeFacings(20, [{ productId: 'chair', places: [3, 4, 5] }], (id) => ({ chair: 0 })[id]).tags // [{ index: 3, productId: 'chair' }]
 */
export function storeFacings(count: number, shelves: readonly ShelfPlaces[], availableOf: (productId: string) => number | undefined): StoreFacings {
  const full = new Uint8Array(count).fill(1);
  const tags: StoreFacings['tags'] = [];
  for (const { productId, places } of shelves) {
    const f = shelfFacings(availableOf(productId), places.length);
    places.forEach((index, k) => {
      if (index >= 0 && index < count) full[index] = k < f.full ? 1 : 0;
    });
    const first = places[0];
    if (f.emptyTag && first !== undefined) tags.push({ index: first, productId });
  }
  return { full, tags };
}
