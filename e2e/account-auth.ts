import { expect, type APIRequestContext } from '@playwright/test';

/**
 * An account's bearer header, signed in through the API: for a spec's own setup, or for reading
 * what the pages do not show.
 *
 * @example const clerk = await authOf(request, lyonClerk.email, lyonClerk.password);
 */
export async function authOf(request: APIRequestContext, email: string, password: string): Promise<Record<string, string>> {
  const r = await request.post('/api/auth/login', { data: { email, password } });
  expect(r.status(), await r.text()).toBe(200);
  return { Authorization: `Bearer ${((await r.json()) as { token: string }).token}` };
}
