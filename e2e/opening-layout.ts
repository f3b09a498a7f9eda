import { expect, type APIRequestContext } from '@playwright/test';
import { adminAuth } from './admin-auth';

/**
 * Publishes again the plan a store opened with (its layout version 1), through the admin API, and
 * answers the version now published. Publishing takes the place of any draft, so the plan editor
 * opens on that plan too. The specs share one server: a spec that edits a store's plan starts
 * from this one rather than from what an earlier spec (or an earlier run) moved, added or left
 * in a draft.
 *
 * @example const version = await publishOpeningLayout(request, 'store-bordeaux');
 */
export async function publishOpeningLayout(request: APIRequestContext, storeId: string): Promise<number> {
  const auth = await adminAuth(request);
  const opening = await request.get(`/api/admin/stores/${storeId}/layouts/1`, { headers: auth });
  expect(opening.status(), await opening.text()).toBe(200);
  const { layout } = (await opening.json()) as { layout: unknown };
  const saved = await request.put(`/api/admin/stores/${storeId}/layouts/draft`, { headers: auth, data: { layout } });
  expect(saved.status(), await saved.text()).toBe(200);
  const published = await request.post(`/api/admin/stores/${storeId}/layouts/draft/publish`, { headers: auth });
  expect(published.status(), await published.text()).toBe(200);
  return ((await published.json()) as { version: number }).version;
}
