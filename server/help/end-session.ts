import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import { events } from '../db/schema/commerce';
import { helpRequests } from '../db/schema/sessions';
import { recordEvent } from '../timeline/record-event';
import { summarizeSession, type SessionSummary } from '../../shared/room/session-summary';
import { findSession, markSessionEnded, memberIds, readSessionEvents, type LiveSession } from './live-sessions';
import { revokeSessionAccess } from './help-queue';
import type { HelpSignals } from './help-signals';

/** Customers a session served: its customer and everyone who came by link (staff excluded later by role). */
async function customersOf(db: Pick<Db, 'select'>, session: LiveSession): Promise<string[]> {
  const ids = new Set(await memberIds(db, session.id));
  if (session.customerId) ids.add(session.customerId);
  if (session.hostId) ids.delete(session.hostId);
  return [...ids];
}

/**
 * What a session showed and what was added to its customers' carts, from the database (so it
 * survives a restart and reads the same for both sides).
 */
export async function readSessionSummary(db: Pick<Db, 'select'>, session: LiveSession): Promise<SessionSummary> {
  const sessionEvents = await readSessionEvents(db, session.id);
  const staff = new Set<string>(sessionEvents.filter((e) => e.type === 'advisor.joined').map((e) => e.actorId));
  if (session.hostId && session.kind !== 'friends') staff.add(session.hostId);
  const customers = await customersOf(db, session);
  const since = new Date(session.createdAt).toISOString();
  const until = session.endedAt ? new Date(session.endedAt).getTime() : Infinity;
  const changes = customers.length
    ? await db
        .select()
        .from(events)
        .where(and(inArray(events.customerId, customers), eq(events.type, 'cart.changed'), gte(events.at, since)))
        .orderBy(asc(events.id))
        .limit(2000)
    : [];
  return summarizeSession(
    session.id,
    sessionEvents.map((e) => ({ at: new Date(e.at).toISOString(), type: e.type, actorId: e.actorId, data: e.data })),
    changes.filter((c) => new Date(c.at).getTime() <= until).map((c) => ({ customerId: c.customerId, at: new Date(c.at).toISOString(), data: c.data })),
    staff,
  );
}

/**
 * Ends a session once: closes its help request, takes back the advisor's cart access, puts the
 * summary on every customer's timeline (`help.ended` for a help session, `session.summary` for a
 * consultation, an event or a friends' visit) and tells the room (wherever it runs) to close.
 *
 * @example const summary = await endSession(s, signals, sessionId, 'advisor');
 */
export async function endSession(s: Services, signals: HelpSignals, sessionId: string): Promise<SessionSummary | undefined> {
  const { db } = s.database;
  const session = await findSession(db, sessionId);
  if (!session) return undefined;
  const now = s.now().toISOString();
  const ended = await db.transaction(async (tx) => {
    if (!(await markSessionEnded(tx, sessionId, now))) return false;
    if (session.helpRequestId) {
      await tx
        .update(helpRequests)
        .set({ status: 'done', closedAt: now })
        .where(and(eq(helpRequests.id, session.helpRequestId), inArray(helpRequests.status, ['waiting', 'assigned'])));
    }
    await revokeSessionAccess(tx, sessionId);
    return true;
  });
  const fresh = (await findSession(db, sessionId)) ?? session;
  const summary = await readSessionSummary(db, fresh);
  if (ended) {
    for (const customerId of await customersOf(db, fresh)) {
      await recordEvent(db, {
        customerId,
        channel: 'advisor',
        // A help session closes a help request; other kinds of session leave their summary.
        type: fresh.kind === 'help' ? 'help.ended' : 'session.summary',
        data: { sessionId, kind: fresh.kind, title: fresh.title, shown: summary.productIds, added: summary.added.filter((a) => a.customerId === customerId) },
      });
    }
    signals.publish({ type: 'queue' });
    signals.publish({ type: 'session', sessionId, event: 'ended' });
  }
  return summary;
}
