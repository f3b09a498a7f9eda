import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database';
import { consents } from '../db/schema/privacy';
import { events } from '../db/schema/commerce';
import { ANALYTICS_EVENT_TYPES, type Consent } from '../../shared/privacy/consent';

/**
 * The customer's analytics choice on record; `analytics: null` when they never chose.
 *
 * @example const { analytics } = await readConsent(db, userId);
 */
export async function readConsent(db: Pick<Db, 'select'>, userId: string): Promise<Consent> {
  const [row] = await db.select().from(consents).where(and(eq(consents.userId, userId), eq(consents.purpose, 'analytics'))).limit(1);
  return row ? { analytics: row.granted, decidedAt: new Date(row.decidedAt).toISOString() } : { analytics: null, decidedAt: null };
}

/**
 * Records a choice (made or changed), with when, replacing the previous one. A refusal also
 * deletes the journey analytics gathered so far: withdrawing consent withdraws the data.
 *
 * @example await saveConsent(db, userId, false, new Date());
 */
export async function saveConsent(db: Db, userId: string, granted: boolean, now: Date): Promise<Consent> {
  const decidedAt = now.toISOString();
  await db.transaction(async (tx) => {
    await tx.insert(consents).values({ userId, purpose: 'analytics', granted, decidedAt })
      .onConflictDoUpdate({ target: [consents.userId, consents.purpose], set: { granted, decidedAt } });
    if (!granted) await tx.delete(events).where(and(eq(events.customerId, userId), inArray(events.type, [...ANALYTICS_EVENT_TYPES])));
  });
  return { analytics: granted, decidedAt };
}

/** Whether journey analytics may be recorded for this customer: only after a "yes". */
export async function hasAnalyticsConsent(db: Pick<Db, 'select'>, userId: string): Promise<boolean> {
  return (await readConsent(db, userId)).analytics === true;
}
