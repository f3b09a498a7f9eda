import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { adminAuth } from './admin-auth';

export type NewStaffRole = 'advisor' | 'clerk' | 'manager';

export interface NewStaff {
  id: string;
  email: string;
  password: string;
  name: string;
}

/**
 * A member of staff of its own for one spec, added by the seeded admin through the back office's
 * API as an admin adds one. Specs sign in with it rather than with a seeded clerk or advisor, so
 * none depends on what another did with a shared account (its sign-outs, its open sale, its slots)
 * and each says which store its clerk works at. Clerks and managers need `storeId`.
 *
 * @example const clerk = await newStaff(request, 'clerk', 'Léa Lyon', 'store-lyon'); await signIn(page, clerk.email, clerk.password);
 */
export async function newStaff(request: APIRequestContext, role: NewStaffRole, name: string, storeId?: string): Promise<NewStaff> {
  // A random part, not a clock: specs in other processes may make staff on the same server.
  const email = `${role}-${randomBytes(6).toString('hex')}@example.org`;
  const password = 'un comptoir bien rangé';
  const r = await request.post('/api/admin/staff', {
    headers: await adminAuth(request),
    data: { email, name, role, password, ...(storeId ? { storeId } : {}) },
  });
  expect(r.status(), await r.text()).toBe(201);
  const made = (await r.json()) as { id: string; role: string; storeId: string | null };
  expect([made.role, made.storeId]).toEqual([role, storeId ?? null]);
  return { id: made.id, email, password, name };
}
