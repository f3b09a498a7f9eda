import { and, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { passkeys } from '../db/schema/accounts';
import { notFound } from '../http/http-error';
import { requireRecentSignIn } from './require-recent-sign-in';

/**
 * Removes one of the caller's own passkeys, for a recent sign-in only; someone else's passkey is
 * answered as missing, so ids learn nothing about other accounts.
 *
 * @example await removePasskey(s, me, req.params.id);
 */
export async function removePasskey(s: Services, p: Principal, id: string): Promise<void> {
  requireRecentSignIn(s, p, 'remove a passkey');
  const gone = await s.database.db.delete(passkeys).where(and(eq(passkeys.id, id), eq(passkeys.userId, p.userId))).returning({ id: passkeys.id });
  if (!gone.length) throw notFound('passkey');
}
