import type { Request } from 'express';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { requirePrincipal } from '../http/principal';
import { forbidden, notFound } from '../http/http-error';

/**
 * Who may edit a store's layout: admins any store, a manager only their own. The store must exist
 * (404 otherwise, after the role check so the list of stores is not probed anonymously).
 */
export function requireLayoutEditor(s: Services, req: Request): { p: Principal; storeId: string } {
  const p = requirePrincipal(req, 'manager', 'admin');
  const storeId = String(req.params.storeId);
  if (p.role === 'manager' && p.storeId !== storeId) throw forbidden('managers edit their own store only');
  const loc = s.catalogue.location(storeId);
  if (loc?.kind !== 'store') throw notFound('store');
  return { p, storeId };
}
