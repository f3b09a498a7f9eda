import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import { users } from '../db/schema/commerce';
import { spendDeviceLinks } from '../auth/spend-device-links';
import { spendPendingLinks } from './spend-pending-links';

/**
 * Refuses every token of the account issued until now (as "sign out everywhere" does) and spends
 * what would open a session later: device-link codes not yet followed, pending changes of address
 * and reset links (see spendPendingLinks for what is kept). Then it waits for the clock to pass
 * that instant, so the token issued next by this process is not refused too (tokens compare their
 * issue time to the millisecond). Pass the transaction that makes the change when there is one, so
 * the change and the sign-out commit together.
 *
 * @example await signOutOtherSessions(s, userId); return issueSession(...);
 */
export async function signOutOtherSessions(s: Services, userId: string, db: Pick<Db, 'update'> = s.database.db): Promise<void> {
  const at = new Date();
  await db.update(users).set({ tokensValidAfter: at.toISOString() }).where(eq(users.id, userId));
  await spendDeviceLinks(db, userId, at.toISOString());
  await spendPendingLinks(db, userId, s.now().toISOString());
  while (Date.now() <= at.getTime()) await new Promise((r) => setTimeout(r, 2));
}
