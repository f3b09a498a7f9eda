import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../app/services';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { readDashboard } from '../dashboard/read-dashboard';

const DashboardQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(90).default(14) });

/** The managers' figures, per channel and per store; admins only. */
export function dashboardRoutes(s: Services): Router {
  const r = Router();
  r.get('/dashboard', async (req, res) => {
    requirePrincipal(req, 'admin');
    const q = parseInput(DashboardQuerySchema, req.query, 'query');
    res.set('Cache-Control', 'no-store');
    res.json(await readDashboard(s, q.days));
  });
  return r;
}
