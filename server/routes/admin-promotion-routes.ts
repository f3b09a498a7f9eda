import { Router } from 'express';
import type { Services } from '../app/services';
import { PromotionSchema } from '../../shared/pricing/promotion';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { createPromotion, endPromotion } from '../catalogue/edit-promotions';

/** The back office's promotions: admins start and end them (everyone reads them at `GET /api/promotions`). */
export function adminPromotionRoutes(s: Services): Router {
  const r = Router();
  const writer = async (req: Parameters<typeof requirePrincipal>[0]) => {
    const p = requirePrincipal(req, 'admin');
    await s.limits.commands.consume(`admin:${p.userId}`);
    return p;
  };

  r.post('/admin/promotions', async (req, res) => {
    const p = await writer(req);
    const promotion = parseInput(PromotionSchema, req.body);
    res.status(201).json(await createPromotion(s, p, promotion));
  });

  r.delete('/admin/promotions/:id', async (req, res) => {
    const p = await writer(req);
    await endPromotion(s, p, req.params.id);
    res.status(204).end();
  });

  return r;
}
