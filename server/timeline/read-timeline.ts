import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { events } from '../db/schema/commerce';
import type { TimelineEvent } from '../../shared/timeline/timeline-event';

/** A customer's timeline, oldest first, from every channel. */
export async function readTimeline(db: Db, customerId: string, opts: { afterId?: number; limit?: number } = {}): Promise<(TimelineEvent & { id: number })[]> {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.customerId, customerId), opts.afterId ? gt(events.id, opts.afterId) : undefined))
    .orderBy(asc(events.id))
    .limit(Math.min(opts.limit ?? 500, 1000));
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    channel: r.channel as TimelineEvent['channel'],
    type: r.type as TimelineEvent['type'],
    data: r.data,
  }));
}
