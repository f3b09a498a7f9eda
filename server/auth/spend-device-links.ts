import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { deviceLinks } from '../db/schema/commerce';

/**
 * Spends every device-link code of the account still waiting for its phone: each one would open
 * a fresh session, so a code issued before a sign-out of every session must not outlive it. A
 * spent code is refused as used (410), like one a phone already followed.
 *
 * @example await spendDeviceLinks(tx, userId, new Date().toISOString());
 */
export async function spendDeviceLinks(db: Pick<Db, 'update'>, userId: string, at: string): Promise<void> {
  await db.update(deviceLinks).set({ redeemedAt: at }).where(and(eq(deviceLinks.userId, userId), isNull(deviceLinks.redeemedAt)));
}
