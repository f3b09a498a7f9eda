import { Router } from 'express';
import type { Services } from '../app/services';
import type { LiveDeps } from '../help/live-deps';
import type { Principal } from '../auth/tokens';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { HttpError, forbidden, notFound } from '../http/http-error';
import { addMember, createSession, findSession, sessionSeat, sessionsOf, type LiveSession } from '../help/live-sessions';
import { endSession, readSessionSummary } from '../help/end-session';
import { sessionView } from '../help/session-view';
import { readSessionEvents } from '../help/live-sessions';
import { displayName } from '../../shared/room/chat';
import { JoinSessionSchema, NewSessionSchema } from '../../shared/room/session-requests';

/** Group events, friends' visits, joining any session's room, ending it and reading its summary. */
export function sessionRoutes(s: Services, live: LiveDeps): Router {
  const r = Router();
  const { db } = s.database;

  const load = async (id: string): Promise<LiveSession> => {
    const session = await findSession(db, id);
    if (!session) throw notFound('session');
    return session;
  };
  /** Hosts, the served customer, members and advisors who took part may read a session. */
  const mayRead = async (session: LiveSession, p: Principal): Promise<boolean> => {
    if (p.role === 'admin' || session.hostId === p.userId || session.customerId === p.userId) return true;
    const seat = await sessionSeat(db, { ...session, status: 'open' }, p);
    if (seat.ok) return true;
    const events = await readSessionEvents(db, session.id);
    return events.some((e) => e.actorId === p.userId);
  };

  r.post('/sessions', async (req, res) => {
    const body = parseInput(NewSessionSchema, req.body);
    const p = requirePrincipal(req, ...(body.kind === 'event' ? (['advisor', 'admin'] as const) : (['customer'] as const)));
    await s.limits.commands.consume(`session:${p.userId}`);
    // The session's room opens in this store: only a store of the catalogue.
    if (body.storeId !== undefined && s.catalogue.location(body.storeId)?.kind !== 'store') {
      throw new HttpError(422, 'invalid', `no store "${body.storeId}": pick a store from GET /api/locations`, { field: 'storeId' });
    }
    const name = displayName(p.name, p.userId);
    const session = body.kind === 'event'
      ? await createSession(db, { kind: 'event', hostId: p.userId, hostName: name, title: body.title, startsAt: body.startsAt, capacity: body.capacity, admission: body.admission, storeId: body.storeId, invite: true })
      : await createSession(db, { kind: 'friends', hostId: p.userId, hostName: name, customerId: p.userId, title: body.title || `${name}'s visit`, storeId: body.storeId, capacity: 8, invite: true });
    res.status(201).json(sessionView(session, { withInvite: true }));
  });

  r.get('/sessions/mine', async (req, res) => {
    const p = requirePrincipal(req);
    const rows = await sessionsOf(db, p.userId);
    res.json({ items: rows.map((x) => sessionView(x, { withInvite: x.hostId === p.userId })) });
  });

  r.get('/sessions/:id', async (req, res) => {
    const p = requirePrincipal(req);
    const session = await load(req.params.id);
    if (!(await mayRead(session, p))) throw forbidden('you are not part of this session');
    res.json(sessionView(session, { withInvite: session.hostId === p.userId }));
  });

  /**
   * The door of every private session: checks the invite (events, friends) or the seat (help,
   * consultation), then answers the id of the room to join with `joinById(roomId, {token})`.
   */
  r.post('/sessions/:id/room', async (req, res) => {
    const p = requirePrincipal(req);
    await s.limits.commands.consume(`room:${p.userId}`);
    const body = parseInput(JoinSessionSchema, req.body ?? {});
    const session = await load(req.params.id);
    if (session.status === 'ended') throw new HttpError(409, 'conflict', 'this session has ended');
    if (body.invite) {
      if (!session.inviteCode || body.invite !== session.inviteCode) throw forbidden('this invite link is not valid');
      await addMember(db, session.id, p.userId);
    }
    const seat = await sessionSeat(db, session, p);
    if (!seat.ok) throw forbidden(seat.reason);
    const roomId = await live.roomFor(session);
    res.json({ roomId, session: sessionView(session, { withInvite: seat.host }) });
  });

  r.post('/sessions/:id/end', async (req, res) => {
    const p = requirePrincipal(req);
    const session = await load(req.params.id);
    const isCustomer = session.customerId === p.userId && (session.kind === 'help' || session.kind === 'consultation');
    if (session.hostId !== p.userId && !isCustomer && p.role !== 'admin') throw forbidden('only the host can end this session');
    const summary = await endSession(s, live.signals, session.id);
    res.json(summary);
  });

  r.get('/sessions/:id/summary', async (req, res) => {
    const p = requirePrincipal(req);
    const session = await load(req.params.id);
    if (!(await mayRead(session, p))) throw forbidden('you are not part of this session');
    res.json(await readSessionSummary(db, session));
  });

  return r;
}
