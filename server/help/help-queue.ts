import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import { helpRequests, liveSessions } from '../db/schema/sessions';
import { cartAccess, events } from '../db/schema/commerce';
import { findActiveCart, findCart, getOrCreateActiveCart } from '../carts/cart-repository';
import { grantCartAccess } from '../carts/cart-access';
import { recordEvent } from '../timeline/record-event';
import { recordAudit } from '../audit/record-audit';
import { HttpError, forbidden, notFound } from '../http/http-error';
import { queueOrder, type HelpContext, type HelpRequestInput, type HelpRequestView } from '../../shared/room/help';
import { displayName } from '../../shared/room/chat';
import type { TimelineEvent } from '../../shared/timeline/timeline-event';
import { createSession } from './live-sessions';
import type { HelpSignals } from './help-signals';
import { sendHelpAnsweredMail } from './send-help-answered-mail';

type HelpRow = typeof helpRequests.$inferSelect;

/** How many recent touch points travel with a request. */
const RECENT_EVENTS = 10;

export function helpView(row: HelpRow, position?: number): HelpRequestView {
  return {
    id: row.id,
    status: row.status,
    customer: { id: row.customerId, name: displayName(row.customerName ?? undefined, row.customerId) },
    context: row.context,
    channel: row.channel,
    ...(row.storeId ? { storeId: row.storeId } : {}),
    queuedAt: new Date(row.queuedAt).toISOString(),
    ...(position ? { position } : {}),
    returned: row.priority > 0,
    ...(row.advisorId ? { advisor: { id: row.advisorId, name: row.advisorName ?? 'Advisor' } } : {}),
    ...(row.sessionId ? { sessionId: row.sessionId } : {}),
  };
}

async function buildContext(s: Services, customerId: string, input: HelpRequestInput): Promise<HelpContext> {
  const { db } = s.database;
  const product = input.productId ? s.catalogue.product(input.productId) : undefined;
  // A cart id from the client is a hint; only the customer's own cart is shown to the advisor.
  const hinted = input.cartId ? await findCart(db, input.cartId) : undefined;
  const cart = hinted?.customerId === customerId ? hinted : await findActiveCart(db, customerId);
  const recent = await db
    .select()
    .from(events)
    .where(eq(events.customerId, customerId))
    .orderBy(desc(events.id))
    .limit(RECENT_EVENTS);
  return {
    ...(product ? { productId: product.id, productName: product.name.en } : {}),
    ...(cart ? { cartId: cart.id, cartLines: cart.lines.length, cartTotal: cart.totals.total } : {}),
    ...(input.page ? { page: input.page } : {}),
    ...(input.message ? { message: input.message } : {}),
    recent: recent.reverse().map((e) => ({ at: new Date(e.at).toISOString(), channel: e.channel as TimelineEvent['channel'], type: e.type as TimelineEvent['type'], data: e.data })),
  };
}

export async function findHelpRequest(db: Pick<Db, 'select'>, id: string): Promise<HelpRow | undefined> {
  const [row] = await db.select().from(helpRequests).where(eq(helpRequests.id, id)).limit(1);
  return row;
}

/** Waiting requests in serving order, then those being served. */
export async function readQueue(db: Pick<Db, 'select'>): Promise<HelpRequestView[]> {
  const rows = await db.select().from(helpRequests).where(inArray(helpRequests.status, ['waiting', 'assigned'])).limit(500);
  const waiting = queueOrder(rows.filter((r) => r.status === 'waiting').map((r) => ({ ...r, queuedAt: new Date(r.queuedAt).toISOString() })));
  const serving = rows.filter((r) => r.status === 'assigned');
  return [...waiting.map((r, i) => helpView(r, i + 1)), ...serving.map((r) => helpView(r))];
}

/** One request as its customer sees it, with the place in the queue while waiting. */
export async function readHelpRequest(db: Pick<Db, 'select'>, id: string): Promise<HelpRequestView | undefined> {
  const row = await findHelpRequest(db, id);
  if (!row) return undefined;
  if (row.status !== 'waiting') return helpView(row);
  const queue = await readQueue(db);
  return queue.find((q) => q.id === id) ?? helpView(row);
}

/**
 * "Ask an advisor": queues the customer with their context, once (asking again returns the open
 * request), and puts it on their timeline.
 *
 * @example const { request, created } = await requestHelp(s, signals, principal, { productId: 'sofa-1' }, 'vr');
 */
export async function requestHelp(
  s: Services,
  signals: HelpSignals,
  p: Principal,
  input: HelpRequestInput,
  channel: Channel,
): Promise<{ request: HelpRequestView; created: boolean }> {
  const { db } = s.database;
  const open = await db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.customerId, p.userId), inArray(helpRequests.status, ['waiting', 'assigned'])))
    .limit(1);
  if (open[0]) return { request: (await readHelpRequest(db, open[0].id))!, created: false };
  if (input.productId && !s.catalogue.product(input.productId)) throw new HttpError(422, 'invalid', `no product "${input.productId}"`);
  const context = await buildContext(s, p.userId, input);
  const id = randomUUID();
  const now = s.now().toISOString();
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(helpRequests)
      .values({ id, customerId: p.userId, customerName: p.name, context, channel, storeId: input.storeId, queuedAt: now, customerSeenAt: now })
      .onConflictDoNothing()
      .returning({ id: helpRequests.id });
    if (!rows.length) return false;
    await recordEvent(tx, { customerId: p.userId, channel, type: 'help.requested', data: { requestId: id, productId: input.productId, page: input.page } });
    return true;
  });
  if (!inserted) {
    // Two tabs asked at once: the partial unique index let one win.
    return requestHelp(s, signals, p, input, channel);
  }
  signals.publish({ type: 'queue' });
  return { request: (await readHelpRequest(db, id))!, created: true };
}

/**
 * An advisor takes a waiting request: exactly one advisor wins, the customer's session gets them
 * as host, their cart opens to that advisor for the session, and `help.accepted` lands on the
 * customer's timeline. A customer whose page has closed meanwhile is told by mail.
 */
export async function acceptHelp(s: Services, signals: HelpSignals, p: Principal, requestId: string): Promise<{ request: HelpRequestView; sessionId: string; cartId: string }> {
  const { db } = s.database;
  const row = await findHelpRequest(db, requestId);
  if (!row) throw notFound('help request');
  if (row.status !== 'waiting') throw new HttpError(409, 'conflict', row.status === 'assigned' ? 'another advisor already took this request' : 'this request is closed');
  // The cart the advisor will work on: the customer's active one, created if they had none yet.
  const { cart } = await getOrCreateActiveCart(db, row.customerId, 'advisor');
  const now = s.now();
  const name = p.name ?? 'Advisor';
  const result = await db.transaction(async (tx) => {
    const [taken] = await tx
      .update(helpRequests)
      .set({ status: 'assigned', advisorId: p.userId, advisorName: name, acceptedAt: now.toISOString() })
      .where(and(eq(helpRequests.id, requestId), eq(helpRequests.status, 'waiting')))
      .returning();
    if (!taken) return undefined;
    let sessionId = taken.sessionId;
    if (sessionId) {
      await tx.update(liveSessions).set({ hostId: p.userId, hostName: name }).where(eq(liveSessions.id, sessionId));
    } else {
      const session = await createSession(tx, {
        kind: 'help',
        hostId: p.userId,
        hostName: name,
        customerId: taken.customerId,
        title: taken.context.productName ? `Help with ${taken.context.productName}` : 'Help session',
        storeId: taken.storeId ?? undefined,
        helpRequestId: taken.id,
        capacity: 8,
      });
      sessionId = session.id;
      await tx.update(helpRequests).set({ sessionId }).where(eq(helpRequests.id, requestId));
    }
    await grantCartAccess(tx, cart.id, p.userId, sessionGrant(sessionId), now);
    await recordAudit(tx, p, { action: 'cart.opened', targetType: 'cart', targetId: cart.id, customerId: taken.customerId, data: { via: 'help_session', sessionId, requestId } });
    await recordEvent(tx, {
      customerId: taken.customerId,
      channel: 'advisor',
      type: 'help.accepted',
      data: { requestId, sessionId, cartId: cart.id, advisor: { id: p.userId, name } },
    });
    return { ...taken, sessionId };
  });
  if (!result) throw new HttpError(409, 'conflict', 'another advisor already took this request');
  signals.publish({ type: 'queue' });
  signals.publish({ type: 'session', sessionId: result.sessionId, event: 'assigned', userId: p.userId });
  await sendHelpAnsweredMail(s, requestId, name);
  return { request: helpView(result), sessionId: result.sessionId, cartId: cart.id };
}

/** The `via` of cart grants a session gives its advisor. */
export const sessionGrant = (sessionId: string) => `session:${sessionId}`;

/** Takes back the cart grants a session gave (to one advisor, or to everyone). */
export async function revokeSessionAccess(db: Pick<Db, 'delete'>, sessionId: string, advisorId?: string): Promise<void> {
  await db.delete(cartAccess).where(and(eq(cartAccess.via, sessionGrant(sessionId)), advisorId ? eq(cartAccess.userId, advisorId) : undefined));
}

/**
 * The advisor left before the end (`left`: their last seat left the room) or handed the customer
 * back (`released`): the customer goes back to the head of the queue, keeping their session (the
 * next advisor joins the same room), the leaver loses the cart, and `help.returned` lands on the
 * customer's timeline.
 *
 * @example await returnToQueue(s, signals, sessionId, advisor.userId, 'released');
 */
export async function returnToQueue(s: Services, signals: HelpSignals, sessionId: string, advisorId: string, reason: 'released' | 'left' = 'released'): Promise<boolean> {
  const { db } = s.database;
  const serving = and(eq(helpRequests.sessionId, sessionId), eq(helpRequests.status, 'assigned'), eq(helpRequests.advisorId, advisorId));
  const returned = await db.transaction(async (tx) => {
    // Read first: the update clears the advisor's name the timeline entry mentions.
    const [before] = await tx.select({ advisorName: helpRequests.advisorName }).from(helpRequests).where(serving).limit(1);
    const rows = await tx
      .update(helpRequests)
      .set({ status: 'waiting', advisorId: null, advisorName: null, acceptedAt: null, priority: 1 })
      .where(serving)
      .returning({ id: helpRequests.id, customerId: helpRequests.customerId });
    if (!rows.length) return false;
    await tx.update(liveSessions).set({ hostId: null, hostName: null }).where(and(eq(liveSessions.id, sessionId), eq(liveSessions.hostId, advisorId)));
    await revokeSessionAccess(tx, sessionId, advisorId);
    for (const row of rows) {
      await recordEvent(tx, {
        customerId: row.customerId,
        channel: 'advisor',
        type: 'help.returned',
        data: { requestId: row.id, sessionId, reason, advisor: { id: advisorId, name: before?.advisorName ?? undefined } },
      });
    }
    return true;
  });
  if (returned) {
    signals.publish({ type: 'queue' });
    signals.publish({ type: 'session', sessionId, event: 'advisor_left', userId: advisorId });
  }
  return returned;
}

/** The customer changed their mind while waiting (or while served: the session then ends too). */
export async function cancelHelp(s: Services, signals: HelpSignals, p: Principal, requestId: string): Promise<HelpRequestView> {
  const { db } = s.database;
  const row = await findHelpRequest(db, requestId);
  if (!row) throw notFound('help request');
  if (row.customerId !== p.userId && p.role !== 'admin') throw forbidden('this is someone else\'s request');
  if (row.status === 'done' || row.status === 'cancelled') return helpView(row);
  const [updated] = await db
    .update(helpRequests)
    .set({ status: 'cancelled', closedAt: s.now().toISOString() })
    .where(and(eq(helpRequests.id, requestId), inArray(helpRequests.status, ['waiting', 'assigned'])))
    .returning();
  signals.publish({ type: 'queue' });
  return helpView(updated ?? row);
}
