import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../app/services';
import { users } from '../db/schema/commerce';
import { helpRequests } from '../db/schema/sessions';
import { mailOrigin } from '../mail/mail-locale';
import { HEARTBEAT_MS } from './help-streams';
import { rejoinPath } from '../../shared/room/rejoin-path';

/**
 * A page following its request touches it on every heartbeat of its stream, on whichever process
 * serves it: two missed heartbeats and a little slack mean the page is gone.
 */
export const FOLLOWING_WITHIN_MS = 2 * HEARTBEAT_MS + 5_000;

/**
 * Tells a customer by mail that an advisor took their help request, when their page no longer
 * follows it (they would otherwise never know) and their account has a proven address. At most one
 * mail per request: the request is marked before the mail is queued, so a request handed back and
 * taken again, or two processes, never mail twice. The link opens the page they asked from (a path
 * of this site only) and rejoins the session there. A mail that cannot be queued is logged and never
 * undoes the acceptance. Resolves to the outbox id, when one was sent.
 *
 * @example await sendHelpAnsweredMail(s, requestId, 'Inès');
 */
export async function sendHelpAnsweredMail(s: Services, requestId: string, advisorName: string, origin = mailOrigin(s.config)): Promise<string | undefined> {
  try {
    const { db } = s.database;
    const now = s.now();
    const [row] = await db.select().from(helpRequests).where(eq(helpRequests.id, requestId)).limit(1);
    if (!row?.sessionId || row.answeredMailAt) return undefined;
    const seen = row.customerSeenAt ?? row.queuedAt;
    if (now.getTime() - new Date(seen).getTime() < FOLLOWING_WITHIN_MS) return undefined;
    // Only accounts exist with a proven address: guests have none, sign-ups wait in their own table.
    const [u] = await db.select().from(users).where(eq(users.id, row.customerId)).limit(1);
    if (!u?.email || u.guest || u.deactivatedAt) return undefined;
    const [claimed] = await db.update(helpRequests).set({ answeredMailAt: now.toISOString() })
      .where(and(eq(helpRequests.id, requestId), isNull(helpRequests.answeredMailAt))).returning({ id: helpRequests.id });
    if (!claimed) return undefined;
    return await s.mail.send(u.email, 'help-answered', {
      ...(u.name ? { name: u.name } : {}), advisor: advisorName, link: `${origin}${rejoinPath(row.context.page, row.sessionId)}`,
    }, u.language ?? 'fr');
  } catch (e) {
    s.log.warn({ err: e, requestId }, 'help answered mail not queued');
    return undefined;
  }
}
