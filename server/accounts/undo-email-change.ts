import { and, eq, gt, gte, isNull, ne } from 'drizzle-orm';
import type { Services } from '../app/services';
import { users } from '../db/schema/commerce';
import { emailChangeUndos, passkeys } from '../db/schema/accounts';
import { onlyRow } from '../db/only-row';
import { HttpError } from '../http/http-error';
import { hashLinkToken, linkRefused, linkTo } from './link-secret';
import { issueResetLink } from './password-reset';
import { signOutOtherSessions } from './sign-out-other-sessions';

/**
 * Follows the "it wasn't me" link mailed to the address an account left. Takes the link (once,
 * within its week) and, in one transaction, gives the account that address back, signs every
 * session of it out (its device-link codes not yet followed too), clears its password (whoever
 * made the change knows it, and could sign in again with the restored address before its owner
 * picks a new one), removes its passkeys (whoever held the account may have added one, and it
 * would outlive the sign-out), and spends its pending changes of address, its reset links and the
 * undo links of changes made after this one (so whoever made them cannot take the address away
 * again with theirs). Then the restored address is mailed a link to choose a new password.
 *
 * The new password is chosen from that mail rather than on the page this link opens: the undo link
 * lives a week in a mailbox, where it may be forwarded or left open; were following it enough to
 * set a password, that link alone would hand over the account. A reset link mailed now (an hour,
 * once) gives the account only to whoever reads the restored mailbox, the very person the undo is for.
 *
 * Refused with 400 for a used, expired or unknown link, and with 409 when another account took the
 * old address meanwhile; then nothing changes and the link still works should the address come free.
 *
 * @example await undoEmailChange(s, token, origin);
 */
export async function undoEmailChange(s: Services, token: string, origin: string): Promise<void> {
  const { db } = s.database;
  const hash = hashLinkToken(token);
  const now = s.now();
  const at = now.toISOString();
  const outcome = await db.transaction(async (tx) => {
    const [undo] = await tx.update(emailChangeUndos).set({ usedAt: at })
      .where(and(eq(emailChangeUndos.tokenHash, hash), isNull(emailChangeUndos.usedAt), gt(emailChangeUndos.expiresAt, at))).returning();
    if (!undo) return undefined;
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, undo.oldEmail), ne(users.id, undo.userId))).limit(1);
    // Thrown rather than returned, so the link taken above is given back by the rollback.
    if (taken) throw new HttpError(409, 'conflict', 'this address belongs to another account now', { field: 'email' });
    const user = onlyRow(await tx.update(users).set({ email: undo.oldEmail, passwordHash: null }).where(eq(users.id, undo.userId)).returning(), 'restore user email');
    await tx.update(emailChangeUndos).set({ usedAt: at })
      .where(and(eq(emailChangeUndos.userId, undo.userId), isNull(emailChangeUndos.usedAt), gte(emailChangeUndos.createdAt, undo.createdAt)));
    await tx.delete(passkeys).where(eq(passkeys.userId, undo.userId));
    await signOutOtherSessions(s, undo.userId, tx);
    return { user, resetToken: await issueResetLink(tx, now, undo.userId) };
  });
  if (!outcome) {
    const [row] = await db.select({ usedAt: emailChangeUndos.usedAt }).from(emailChangeUndos).where(eq(emailChangeUndos.tokenHash, hash)).limit(1);
    throw linkRefused(row ? (row.usedAt ? 'used' : 'expired') : 'unknown');
  }
  const { user, resetToken } = outcome;
  // Committed: a mail that cannot be queued is logged, and "forgot your password" still reaches the address.
  try {
    await s.mail.send(user.email ?? '', 'email-restored', { name: user.name ?? undefined, link: linkTo(origin, '/account/reset', resetToken) }, user.language ?? 'fr');
  } catch (e) {
    s.log.warn({ err: e, userId: user.id }, 'address restored mail not queued');
  }
}
