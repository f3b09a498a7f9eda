import type { Db } from '../db/database';
import { recordEvent, type NewTimelineEvent } from '../timeline/record-event';
import { isAnalyticsEvent } from '../../shared/privacy/consent';
import { hasAnalyticsConsent } from './analytics-consent';

/**
 * Records a touch point, unless it is journey analytics (a view, a visit of the virtual store) and
 * the customer has not consented: then nothing is kept, whatever the client sent. Returns whether
 * the event was recorded.
 *
 * @example if (!(await recordAnalyticsEvent(db, e))) res.status(202);
 */
export async function recordAnalyticsEvent(db: Db, e: NewTimelineEvent): Promise<boolean> {
  if (isAnalyticsEvent(e.type) && !(await hasAnalyticsConsent(db, e.customerId))) return false;
  await recordEvent(db, e);
  return true;
}
