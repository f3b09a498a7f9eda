import { Router } from 'express';
import type { Services } from '../app/services';
import type { LiveDeps } from '../help/live-deps';
import type { Principal } from '../auth/tokens';
import { HelpRequestInputSchema } from '../../shared/room/help';
import { queueEntryFor } from '../../shared/room/help-queue-entry';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { forbidden, notFound } from '../http/http-error';
import { acceptHelp, cancelHelp, findHelpRequest, readHelpRequest, readQueue, requestHelp, returnToQueue } from '../help/help-queue';
import { endSession } from '../help/end-session';
import { touchHelpRequest } from '../help/abandoned-help';
import { findSession } from '../help/live-sessions';
import { sessionView } from '../help/session-view';
import { streamQuotaFor } from '../live/stream-quota';

/**
 * "Ask an advisor": customers queue with their context; advisors watch the queue live (SSE),
 * accept, and get the session room to join.
 */
export function helpRoutes(s: Services, live: LiveDeps): Router {
  const r = Router();
  const { db } = s.database;

  const ownRequest = async (id: string, userId: string, role: string) => {
    const row = await findHelpRequest(db, id);
    if (!row) throw notFound('help request');
    if (role === 'customer' && row.customerId !== userId) throw forbidden('this is someone else\'s request');
    if (role === 'clerk' || role === 'manager') throw forbidden('help requests are for advisors');
    return row;
  };
  /** A request as its customer sees it; staff get it as in the queue (see queueEntryFor). */
  const requestFor = async (id: string, p: Principal) => {
    const view = await readHelpRequest(db, id);
    return view && p.role !== 'customer' ? queueEntryFor(view, p) : view;
  };

  r.post('/help/requests', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    await s.limits.commands.consume(`help:${p.userId}`);
    const input = parseInput(HelpRequestInputSchema, req.body ?? {});
    const { request, created } = await requestHelp(s, live.signals, p, input, channelOf(req));
    res.status(created ? 201 : 200).json(request);
  });

  r.get('/help/requests/:id', async (req, res) => {
    const p = requirePrincipal(req);
    await ownRequest(req.params.id, p.userId, p.role);
    res.json(await requestFor(req.params.id, p));
  });

  /** The customer's live view of their request: position while waiting, then the session to join. */
  r.get('/help/requests/:id/events', async (req, res) => {
    const p = requirePrincipal(req);
    await ownRequest(req.params.id, p.userId, p.role);
    streamQuotaFor(s).claim(p.userId, res);
    req.socket.setTimeout(0);
    const id = req.params.id;
    await live.streams.open(res, {
      key: `request:${id}`,
      event: 'request',
      read: () => readHelpRequest(db, id),
      // One read per change for every stream; each viewer sees only what their role may.
      present: p.role === 'customer' ? undefined : (view) => (view ? queueEntryFor(view as NonNullable<Awaited<ReturnType<typeof readHelpRequest>>>, p) : view),
      touch: p.role === 'customer' ? () => touchHelpRequest(db, id, s.now()) : undefined,
    });
  });

  r.delete('/help/requests/:id', async (req, res) => {
    const p = requirePrincipal(req, 'customer', 'admin');
    const row = await ownRequest(req.params.id, p.userId, p.role);
    const view = await cancelHelp(s, live.signals, p, row.id);
    if (row.sessionId) await endSession(s, live.signals, row.sessionId);
    res.json(view);
  });

  /** The queue as this advisor may see it: other customers' cart ids and event data stay hidden until assigned. */
  const queueFor = async (p: Principal) => ({ items: (await readQueue(db)).map((e) => queueEntryFor(e, p)) });

  r.get('/help/queue', async (req, res) => {
    const p = requirePrincipal(req, 'advisor', 'admin');
    res.json(await queueFor(p));
  });

  r.get('/help/queue/events', async (req, res) => {
    const p = requirePrincipal(req, 'advisor', 'admin');
    streamQuotaFor(s).claim(p.userId, res);
    req.socket.setTimeout(0);
    await live.streams.open(res, {
      key: 'queue',
      event: 'queue',
      read: async () => ({ items: await readQueue(db) }),
      present: (data) => ({ items: (data as { items: Awaited<ReturnType<typeof readQueue>> }).items.map((e) => queueEntryFor(e, p)) }),
    });
  });

  /** One advisor wins; the answer names the room to join and the cart now open to them. */
  r.post('/help/requests/:id/accept', async (req, res) => {
    const p = requirePrincipal(req, 'advisor', 'admin');
    const accepted = await acceptHelp(s, live.signals, p, req.params.id);
    const session = (await findSession(db, accepted.sessionId))!;
    const roomId = await live.roomFor(session);
    res.json({ request: accepted.request, session: sessionView(session, { withInvite: false }), roomId, cartId: accepted.cartId });
  });

  /** The advisor hands the customer back: first in line for the next advisor. */
  r.post('/help/requests/:id/release', async (req, res) => {
    const p = requirePrincipal(req, 'advisor', 'admin');
    const row = await findHelpRequest(db, req.params.id);
    if (!row) throw notFound('help request');
    if (row.advisorId !== p.userId || !row.sessionId) throw forbidden('you are not serving this request');
    await returnToQueue(s, live.signals, row.sessionId, p.userId);
    res.json(await requestFor(row.id, p));
  });

  return r;
}
