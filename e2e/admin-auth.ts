import { expect, type APIRequestContext } from '@playwright/test';

/**
 * The seeded admin's bearer header, signed in through the API, for a spec's own setup.
 *
 * @example await request.post('/api/admin/products', { headers: await adminAuth(request), data: product });
 */
export async function adminAuth(request: APIRequestContext): Promise<Record<string, string>> {
  const r = await request.post('/api/auth/login', { data: { email: 'admin@vitrine.demo', password: 'vitrine' } });
  expect(r.status(), await r.text()).toBe(200);
  return { Authorization: `Bearer ${((await r.json()) as { token: string }).token}` };
}
