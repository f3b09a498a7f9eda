import { expect, type APIRequestContext } from '@playwright/test';
import { adminAuth } from './admin-auth';

/**
 * Sets what a store has available of each product, as its staff would by counting the shelf
 * (`POST /api/stores/:storeId/count`): on hand becomes what placed orders hold reserved there plus
 * the number asked for. The specs share one server, and earlier specs (or an earlier run of the
 * same one) sell from the same shelves: a spec that sells a store's stock, or reads how much it
 * has, sets it first instead of relying on what the seed put there.
 *
 * @example await setStoreStock(request, 'store-paris', { 'lamp-phare': 3 });
 */
export async function setStoreStock(request: APIRequestContext, storeId: string, available: Record<string, number>): Promise<void> {
  const auth = await adminAuth(request);
  const read = await request.get(`/api/stores/${storeId}/stock`, { headers: auth });
  expect(read.status(), await read.text()).toBe(200);
  const { items } = (await read.json()) as { items: { productId: string; reserved: number }[] };
  for (const [productId, n] of Object.entries(available)) {
    const reserved = items.find((i) => i.productId === productId)?.reserved ?? 0;
    const counted = await request.post(`/api/stores/${storeId}/count`, { headers: auth, data: { productId, counted: reserved + n } });
    expect(counted.status(), await counted.text()).toBe(200);
    expect((await counted.json()) as { available: number }, `${productId} at ${storeId}`).toMatchObject({ productId, available: n });
  }
}
