import { Router } from 'express';
import type { Services } from '../app/services';
import { requirePrincipal } from '../http/principal';
import { parseInput } from '../http/parse-input';
import { CreateStaffRequestSchema } from '../../shared/http/staff-schemas';
import { AuditQuerySchema } from '../../shared/http/audit-schemas';
import { createStaff, listStaff, setStaffActive } from '../staff/manage-staff';
import { readAudit } from '../audit/read-audit';

/** Back office: staff accounts (admins, and managers for their own store) and the audit log (admins). */
export function adminStaffRoutes(s: Services): Router {
  const r = Router();

  r.get('/admin/staff', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    res.json({ items: await listStaff(s, p) });
  });

  r.post('/admin/staff', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    await s.limits.auth.consume(`staff:${p.userId}`);
    res.status(201).json(await createStaff(s, p, parseInput(CreateStaffRequestSchema, req.body)));
  });

  r.post('/admin/staff/:id/deactivate', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    res.json(await setStaffActive(s, p, String(req.params.id), false));
  });

  r.post('/admin/staff/:id/reactivate', async (req, res) => {
    const p = requirePrincipal(req, 'admin', 'manager');
    res.json(await setStaffActive(s, p, String(req.params.id), true));
  });

  r.get('/admin/audit', async (req, res) => {
    requirePrincipal(req, 'admin');
    res.json(await readAudit(s.database.db, parseInput(AuditQuerySchema, req.query, 'query')));
  });

  return r;
}
