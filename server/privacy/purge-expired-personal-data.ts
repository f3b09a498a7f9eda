import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { events, users } from '../db/schema/commerce';
import { helpRequests } from '../db/schema/sessions';
import { queryRows } from '../db/query-rows';
import { ANALYTICS_EVENT_TYPES } from '../../shared/privacy/consent';
import { retentionCutoffs } from '../../shared/privacy/retention';
import { eraseCustomer } from './erase-customer';

/** Guests erased per sweep: a backlog drains over a few minutes instead of holding one long transaction. */
const GUESTS_PER_SWEEP = 50;

export interface PurgeCounts {
  guests: number;
  helpRequests: number;
  analyticsEvents: number;
}

/**
 * Deletes what the privacy page promises not to keep (`shared/privacy/retention.ts`): guest
 * sessions idle for 30 days that never ordered (their cart and journey with them), help requests
 * closed a year ago, and journey analytics older than 13 months. Run by the minute sweep.
 *
 * @example await purgeExpiredPersonalData(db, services.now());
 */
export async function purgeExpiredPersonalData(db: Db, now: Date): Promise<PurgeCounts> {
  const cut = retentionCutoffs(now);
  const idle = cut.guestsIdleBefore.toISOString();
  // Idle: created before the cut-off, and neither their cart nor their journey moved since.
  const guests = await queryRows<{ id: string }>(db, sql`
    select u.id from users u
    where u.guest and u.created_at < ${idle}
      and not exists (select 1 from orders o where o.customer_id = u.id)
      and not exists (select 1 from carts c where c.customer_id = u.id and c.updated_at >= ${idle})
      and not exists (select 1 from events e where e.customer_id = u.id and e.at >= ${idle})
    order by u.created_at
    limit ${GUESTS_PER_SWEEP}`);
  let erased = 0;
  for (const g of guests) {
    if (await eraseCustomer(db, g.id, now)) continue;
    // Nothing keeps a guest without orders: the row itself goes too.
    await db.delete(users).where(and(eq(users.id, g.id), eq(users.guest, true)));
    erased++;
  }
  const help = await db.delete(helpRequests)
    .where(and(inArray(helpRequests.status, ['done', 'cancelled']), lt(helpRequests.closedAt, cut.helpClosedBefore.toISOString())))
    .returning({ id: helpRequests.id });
  const analytics = await db.delete(events)
    .where(and(inArray(events.type, [...ANALYTICS_EVENT_TYPES]), lt(events.at, cut.analyticsBefore.toISOString())))
    .returning({ id: events.id });
  return { guests: erased, helpRequests: help.length, analyticsEvents: analytics.length };
}
