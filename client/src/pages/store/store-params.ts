/** What the store page reads from its URL. */
export interface StoreParams {
  /** Product instances on the shelves (`?items=`), default from the layout. */
  items: number;
  /** `?naive=1`: one component and one mesh per product (benchmark baseline). */
  naive: boolean;
  /** `?bench=1`: frame-time probe on, antialiasing off. */
  bench: boolean;
  /** `?cam=overview`: a fixed camera over the whole store (benchmark). */
  overview: boolean;
}

/** Products on the shelves are capped so a typo cannot freeze the tab. */
export const MAX_ITEMS = 5000;

/**
 * @example parseStoreParams('?items=1000&naive=1', 400) // { items: 1000, naive: true, ... }
 */
export function parseStoreParams(search: string, defaultItems: number): StoreParams {
  const q = new URLSearchParams(search);
  const n = Number.parseInt(q.get('items') ?? '', 10);
  const flag = (k: string) => q.get(k) === '1' || q.get(k) === 'true';
  return {
    items: Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_ITEMS) : defaultItems,
    naive: flag('naive'),
    bench: flag('bench'),
    overview: q.get('cam') === 'overview',
  };
}
