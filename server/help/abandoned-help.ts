import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import { helpRequests } from '../db/schema/sessions';
import type { HelpSignals } from './help-signals';

/**
 * A waiting customer whose page has not followed their request for this long has left (closed
 * the tab, lost the phone's signal for good): an advisor would open an empty session. Long
 * enough for a reload, a tunnel or a phone's screen lock, which reconnect within seconds.
 */
export const ABANDONED_AFTER_MS = 3 * 60_000;

/** The customer's page is following the request (its event stream opened, or is still open). */
export async function touchHelpRequest(db: Pick<Db, 'update'>, requestId: string, now: Date): Promise<void> {
  await db
    .update(helpRequests)
    .set({ customerSeenAt: now.toISOString() })
    .where(and(eq(helpRequests.id, requestId), eq(helpRequests.status, 'waiting')));
}

/**
 * Takes out of the queue the waiting requests nobody has followed for `ABANDONED_AFTER_MS`
 * (counted from the request itself when its page never followed it). Safe on every process at
 * once: the conditional update lets each request go once.
 *
 * @example await releaseAbandonedHelp(services, live.signals) // ['9f1c…']
 */
export async function releaseAbandonedHelp(s: Services, signals: Pick<HelpSignals, 'publish'>): Promise<string[]> {
  const now = s.now();
  const before = new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString();
  const rows = await s.database.db
    .update(helpRequests)
    .set({ status: 'cancelled', closedAt: now.toISOString() })
    .where(
      and(
        eq(helpRequests.status, 'waiting'),
        or(lt(helpRequests.customerSeenAt, before), and(isNull(helpRequests.customerSeenAt), lt(helpRequests.queuedAt, before))),
      ),
    )
    .returning({ id: helpRequests.id });
  if (rows.length) signals.publish({ type: 'queue' });
  return rows.map((r) => r.id);
}
