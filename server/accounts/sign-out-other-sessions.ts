import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import { users } from '../db/schema/commerce';

/**
 * Refuses every token of the account issued until now (as "sign out everywhere" does), then waits
 * for the clock to pass that instant, so the token issued next by this process is not refused too
 * (tokens compare their issue time to the millisecond).
 *
 * @example await signOutOtherSessions(s, userId); return issueSession(...);
 */
export async function signOutOtherSessions(s: Services, userId: string): Promise<void> {
  const at = new Date();
  await s.database.db.update(users).set({ tokensValidAfter: at.toISOString() }).where(eq(users.id, userId));
  while (Date.now() <= at.getTime()) await new Promise((r) => setTimeout(r, 2));
}
