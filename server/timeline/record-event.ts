import type { Db } from '../db/database';
import { events } from '../db/schema/commerce';
import type { Channel } from '../../shared/channel';
import type { TimelineEventType } from '../../shared/timeline/timeline-event';

export interface NewTimelineEvent {
  customerId: string;
  channel: Channel;
  type: TimelineEventType;
  data: Record<string, unknown>;
}

/**
 * Adds a touch point to a customer's timeline. Called inside the transaction of the change it
 * describes, so the timeline never shows a change that did not happen.
 */
export async function recordEvent(db: Pick<Db, 'insert'>, e: NewTimelineEvent): Promise<void> {
  await db.insert(events).values(e);
}
