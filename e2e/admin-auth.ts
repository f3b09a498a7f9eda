import type { APIRequestContext } from '@playwright/test';
import { authOf } from './account-auth';

/**
 * The seeded admin's bearer header, signed in through the API, for a spec's own setup.
 *
 * @example await request.post('/api/admin/products', { headers: await adminAuth(request), data: product });
 */
export const adminAuth = (request: APIRequestContext): Promise<Record<string, string>> => authOf(request, 'admin@vitrine.demo', 'vitrine');
