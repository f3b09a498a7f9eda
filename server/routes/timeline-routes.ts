import { Router } from 'express';
import { z } from 'zod';
import { and, eq, gt } from 'drizzle-orm';
import type { Services } from '../app/services';
import { ClientTimelineEventSchema } from '../../shared/timeline/timeline-event';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { forbidden, HttpError } from '../http/http-error';
import { readTimeline } from '../timeline/read-timeline';
import { recordAnalyticsEvent } from '../privacy/record-analytics-event';
import { cartAccess, carts } from '../db/schema/commerce';
import { auditStaffAccess } from '../audit/audit-staff-access';

const TimelineQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export function timelineRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.get('/customers/me/timeline', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    const q = parseInput(TimelineQuerySchema, req.query, 'query');
    res.json({ items: await readTimeline(db, p.userId, { afterId: q.after, limit: q.limit }) });
  });

  /** Staff serving a customer (through a handoff or a help session) see the same timeline. */
  r.get('/customers/:id/timeline', async (req, res) => {
    const p = requirePrincipal(req, 'advisor', 'clerk', 'admin');
    if (p.role !== 'admin') {
      const [grant] = await db
        .select({ cartId: cartAccess.cartId })
        .from(cartAccess)
        .innerJoin(carts, eq(carts.id, cartAccess.cartId))
        .where(and(eq(cartAccess.userId, p.userId), eq(carts.customerId, req.params.id), gt(cartAccess.expiresAt, s.now().toISOString())))
        .limit(1);
      if (!grant) throw forbidden('you are not serving this customer');
    }
    const q = parseInput(TimelineQuerySchema, req.query, 'query');
    const items = await readTimeline(db, req.params.id, { afterId: q.after, limit: q.limit });
    await auditStaffAccess(db, p, { action: 'timeline.read', targetType: 'customer', targetId: req.params.id, customerId: req.params.id, data: { events: items.length } });
    res.json({ items });
  });

  /**
   * Views are touch points too (a product seen in AR, then bought at the till), recorded only with
   * the customer's analytics consent: without it the view is dropped and the answer says so (202).
   */
  r.post('/events', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    await s.limits.commands.consume(`evt:${p.userId}`);
    const e = parseInput(ClientTimelineEventSchema, req.body);
    if (!s.catalogue.product(e.data.productId)) throw new HttpError(422, 'invalid', `no product "${e.data.productId}"`);
    const recorded = await recordAnalyticsEvent(db, { customerId: p.userId, channel: channelOf(req), type: e.type, data: e.data });
    res.status(recorded ? 201 : 202).json({ ok: true, recorded });
  });

  return r;
}
