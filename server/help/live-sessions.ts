import { randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { liveSessions, sessionEvents, sessionMembers } from '../db/schema/sessions';
import type { Principal } from '../auth/tokens';
import type { SessionKind } from '../../shared/room/protocol';
import { onlyRow } from '../db/only-row';

export type LiveSession = typeof liveSessions.$inferSelect;
type Tx = Pick<Db, 'insert' | 'update' | 'select' | 'delete'>;

export function newInviteCode(): string {
  return randomBytes(12).toString('base64url');
}

export async function findSession(db: Pick<Db, 'select'>, id: string): Promise<LiveSession | undefined> {
  const [row] = await db.select().from(liveSessions).where(eq(liveSessions.id, id)).limit(1);
  return row;
}

export interface NewSession {
  kind: SessionKind;
  hostId?: string;
  hostName?: string;
  customerId?: string;
  title?: string;
  storeId?: string;
  admission?: 'open' | 'host';
  capacity?: number;
  helpRequestId?: string;
  startsAt?: string;
  invite?: boolean;
}

export async function createSession(db: Pick<Db, 'insert'>, s: NewSession): Promise<LiveSession> {
  return onlyRow(await db
    .insert(liveSessions)
    .values({
      id: randomUUID(),
      kind: s.kind,
      hostId: s.hostId,
      hostName: s.hostName,
      customerId: s.customerId,
      title: s.title ?? '',
      storeId: s.storeId,
      admission: s.admission ?? 'open',
      capacity: s.capacity ?? 8,
      helpRequestId: s.helpRequestId,
      startsAt: s.startsAt,
      inviteCode: s.invite ? newInviteCode() : null,
    })
    .returning(), 'insert live session');
}

/** How someone stands in a session: refused, or let in (as host or not). */
export type SessionSeat = { ok: true; host: boolean } | { ok: false; reason: string };

/**
 * Who may enter: the host, the session's customer, members who came by the invite link (and
 * were not removed). Staff other than the host may not wander into private sessions.
 */
export async function sessionSeat(db: Pick<Db, 'select'>, session: LiveSession, p: Principal): Promise<SessionSeat> {
  if (session.status === 'ended') return { ok: false, reason: 'this session has ended' };
  if (session.hostId === p.userId) return { ok: true, host: true };
  const [member] = await db
    .select({ status: sessionMembers.status })
    .from(sessionMembers)
    .where(and(eq(sessionMembers.sessionId, session.id), eq(sessionMembers.userId, p.userId)))
    .limit(1);
  if (member?.status === 'removed') return { ok: false, reason: 'the host removed you from this session' };
  if (session.customerId === p.userId || member) return { ok: true, host: false };
  return { ok: false, reason: 'you are not invited to this session' };
}

/** Records an arrival by invite link; a removed member stays removed. */
export async function addMember(db: Pick<Db, 'insert'>, sessionId: string, userId: string): Promise<void> {
  await db.insert(sessionMembers).values({ sessionId, userId }).onConflictDoNothing();
}

export async function removeMember(db: Pick<Db, 'insert'>, sessionId: string, userId: string): Promise<void> {
  await db
    .insert(sessionMembers)
    .values({ sessionId, userId, status: 'removed' })
    .onConflictDoUpdate({ target: [sessionMembers.sessionId, sessionMembers.userId], set: { status: 'removed' } });
}

export async function memberIds(db: Pick<Db, 'select'>, sessionId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: sessionMembers.userId })
    .from(sessionMembers)
    .where(and(eq(sessionMembers.sessionId, sessionId), eq(sessionMembers.status, 'member')));
  return rows.map((r) => r.userId);
}

/**
 * Sets the room serving a session only if it is still the one the caller saw, so two processes
 * racing to open a room agree on one.
 */
export async function claimSessionRoom(db: Pick<Db, 'update'>, sessionId: string, previous: string | null, roomId: string): Promise<boolean> {
  const rows = await db
    .update(liveSessions)
    .set({ roomId })
    .where(and(eq(liveSessions.id, sessionId), previous === null ? isNull(liveSessions.roomId) : eq(liveSessions.roomId, previous)))
    .returning({ id: liveSessions.id });
  return rows.length === 1;
}

export async function recordSessionEvent(db: Pick<Db, 'insert'>, sessionId: string, type: string, actorId: string, data: Record<string, unknown>): Promise<void> {
  await db.insert(sessionEvents).values({ sessionId, type, actorId, data });
}

export async function readSessionEvents(db: Pick<Db, 'select'>, sessionId: string) {
  return db.select().from(sessionEvents).where(eq(sessionEvents.sessionId, sessionId)).orderBy(asc(sessionEvents.id));
}

/** The latest spotlight of a session, so a room re-created after a restart shows it again. */
export async function lastSpotlight(db: Pick<Db, 'select'>, sessionId: string): Promise<string | undefined> {
  const events = await readSessionEvents(db, sessionId);
  const last = events.findLast((e) => e.type === 'spotlight' || e.type === 'spotlight.cleared');
  return typeof last?.data.productId === 'string' ? last.data.productId : undefined;
}

/** Marks a session ended; returns false when it already was. */
export async function markSessionEnded(db: Tx, sessionId: string, at: string): Promise<boolean> {
  const rows = await db
    .update(liveSessions)
    .set({ status: 'ended', endedAt: at })
    .where(and(eq(liveSessions.id, sessionId), eq(liveSessions.status, 'open')))
    .returning({ id: liveSessions.id });
  return rows.length === 1;
}

/** Sessions someone hosts, is the customer of, or joined by link; open ones first. */
export async function sessionsOf(db: Pick<Db, 'select'>, userId: string): Promise<LiveSession[]> {
  const joined = await db.select({ id: sessionMembers.sessionId }).from(sessionMembers).where(eq(sessionMembers.userId, userId));
  const ids = joined.map((j) => j.id);
  const rows = await db
    .select()
    .from(liveSessions)
    .where(or(eq(liveSessions.hostId, userId), eq(liveSessions.customerId, userId), ids.length ? inArray(liveSessions.id, ids) : undefined))
    .orderBy(asc(liveSessions.status), asc(liveSessions.createdAt))
    .limit(200);
  return rows;
}
