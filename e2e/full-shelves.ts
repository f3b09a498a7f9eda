import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { storeHook } from './store-helpers';
import { setStoreStock } from './store-stock';

/** What `__storeTest.facings()` answers: the shelves of the open store against its stock. */
export interface Facings {
  storeId: string;
  read: boolean;
  byProduct: Record<string, { places: number; full: number }>;
}

/**
 * Counts, at the store the open /store page shows, every product at as many units as it has
 * places on the shelves, and waits until every place stands full. Other customers on the server
 * (earlier specs, or an earlier run) buy from the same shelves: a walk that picks a product off a
 * rack stocks it first instead of hoping no one bought it out. Answers the store's id.
 *
 * @example await waitForStore(page); expect(await fillEveryShelf(page, request)).toBe('store-lyon');
 */
export async function fillEveryShelf(page: Page, request: APIRequestContext): Promise<string> {
  const facings = () => storeHook<Facings>(page, 'facings');
  await expect.poll(async () => (await facings()).read, { message: 'the store stock is read', timeout: 20_000 }).toBe(true);
  const { storeId, byProduct } = await facings();
  await setStoreStock(request, storeId, Object.fromEntries(Object.entries(byProduct).map(([id, f]) => [id, f.places])));
  const bare = async () => Object.entries((await facings()).byProduct).filter(([, f]) => f.full < f.places).map(([id]) => id);
  await expect.poll(bare, { message: 'every place stands full', timeout: 15_000 }).toEqual([]);
  return storeId;
}
