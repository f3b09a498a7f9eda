import { DEFAULT_STORE_ID } from '../store/use-store-layout';

/**
 * The store whose published layout the advisor's view shows: the session room's store (the one
 * the customer walks in), else the store the customer asked from, else the default store, the
 * same one `/store` falls back to.
 *
 * @example advisorStoreId('', 'store-paris') // 'store-paris'
 */
export function advisorStoreId(roomStoreId: string | undefined, requestStoreId: string | undefined): string {
  return roomStoreId || requestStoreId || DEFAULT_STORE_ID;
}
