import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { emailChanges, passwordResets } from '../db/schema/accounts';

/**
 * Spends the account's links mailed until now that would open it: pending changes of address
 * (the new mailbox's owner would take the account) and reset links (whoever reads them sets the
 * password). Called wherever every session is signed out, so no link issued before outlives it.
 * The "it wasn't me" links of addresses the account left are kept: they are how its owner takes
 * it back, and whoever holds the account must not be able to spend them.
 *
 * @example await spendPendingLinks(tx, userId, now);
 */
export async function spendPendingLinks(db: Pick<Db, 'update'>, userId: string, at: string): Promise<void> {
  await db.update(emailChanges).set({ usedAt: at }).where(and(eq(emailChanges.userId, userId), isNull(emailChanges.usedAt)));
  await db.update(passwordResets).set({ usedAt: at }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}
