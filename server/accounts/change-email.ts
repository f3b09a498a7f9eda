import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse } from '../../shared/http/api-schemas';
import type { ChangeEmailRequest } from '../../shared/http/account-schemas';
import { maskedAddress } from '../../shared/accounts/masked-address';
import { users } from '../db/schema/commerce';
import { emailChanges } from '../db/schema/accounts';
import { HttpError } from '../http/http-error';
import { hashLinkToken, linkRefused, linkTo, newLinkSecret } from './link-secret';
import { withCurrentPassword } from './current-password';
import { signOutOtherSessions } from './sign-out-other-sessions';
import { finishSignIn } from '../auth/sign-in';
import { onlyRow } from '../db/only-row';
import { issueEmailChangeUndo } from './issue-email-change-undo';

/** How long the link to the new address works. */
export const EMAIL_CHANGE_TTL_MS = 24 * 3600_000;

/**
 * Asks to move a signed-in account to a new address, after checking its current password. The
 * old address is told a change was asked (the new one shown only in part); the new address gets
 * the link that makes the change, or, when it already belongs to an account, a notice to its
 * owner instead. The caller gets the same answer either way, so nothing tells whether an address
 * is known. Until the link is followed the account keeps, and signs in with, its old address.
 *
 * @example await requestEmailChange(s, me, { newEmail: 'sam@new.example', currentPassword }, origin);
 */
export async function requestEmailChange(s: Services, p: Principal, body: ChangeEmailRequest, origin: string): Promise<void> {
  const u = await withCurrentPassword(s, p, body.currentPassword);
  if (u.email === body.newEmail) throw new HttpError(422, 'invalid', 'this is already the address of your account', { field: 'newEmail', reason: 'same' });
  const { db } = s.database;
  const language = u.language ?? 'fr';
  const [owner] = await db.select({ id: users.id, language: users.language }).from(users).where(eq(users.email, body.newEmail)).limit(1);
  if (owner) {
    await s.mail.send(body.newEmail, 'email-change-attempt', {
      signInLink: linkTo(origin, '/account'), resetLink: linkTo(origin, '/account/forgot'),
    }, owner.language ?? language);
  } else {
    const { token, hash } = newLinkSecret();
    await db.insert(emailChanges).values({
      tokenHash: hash, userId: u.id, newEmail: body.newEmail, expiresAt: new Date(s.now().getTime() + EMAIL_CHANGE_TTL_MS).toISOString(),
    });
    await s.mail.send(body.newEmail, 'verify-new-email', { name: u.name ?? undefined, link: linkTo(origin, '/account/new-email', token) }, language);
  }
  if (u.email) {
    await s.mail.send(u.email, 'email-change-requested', {
      name: u.name ?? undefined, newAddress: maskedAddress(body.newEmail), securityLink: linkTo(origin, '/account/security'),
    }, language);
  }
}

/** What following the link gives: the new address, and a fresh session when the account itself followed it. */
export interface EmailChanged {
  email: string;
  session?: AuthResponse;
}

/**
 * Follows the link mailed to a new address: takes it (once, before it expires) and moves the
 * account to that address. As with a new password, every session of the account is signed out in
 * the same transaction (whoever took the mailbox or the password loses their way in); when the
 * caller was signed in to this account, it gets a fresh session back. The account's other pending
 * changes and its reset links, all mailed before, are spent, and the old address is told where
 * the account went (in part), with a link that gives it back if that was not its owner. A used, expired or unknown
 * link changes nothing; so does an address that got an account meanwhile.
 *
 * @example const { email, session } = await confirmEmailChange(s, token, req.principal, 'web', origin);
 */
export async function confirmEmailChange(
  s: Services, token: string, caller: Principal | undefined, channel: Channel, origin: string,
): Promise<EmailChanged> {
  const { db } = s.database;
  const hash = hashLinkToken(token);
  const now = s.now().toISOString();
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx.update(emailChanges).set({ usedAt: now })
      .where(and(eq(emailChanges.tokenHash, hash), isNull(emailChanges.usedAt), gt(emailChanges.expiresAt, now))).returning();
    if (!row) return { refused: true as const };
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, row.newEmail), ne(users.id, row.userId))).limit(1);
    if (taken) return { taken: true as const };
    const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, row.userId)).limit(1);
    const user = onlyRow(await tx.update(users).set({ email: row.newEmail }).where(eq(users.id, row.userId)).returning(), 'update user email');
    await signOutOtherSessions(s, row.userId, tx);
    const oldEmail = before?.email ?? null;
    const undoToken = oldEmail && oldEmail !== row.newEmail ? await issueEmailChangeUndo(tx, s.now(), row.userId, oldEmail, row.newEmail) : null;
    return { user, oldEmail, undoToken };
  });
  if ('refused' in outcome) {
    const [row] = await db.select({ usedAt: emailChanges.usedAt }).from(emailChanges).where(eq(emailChanges.tokenHash, hash)).limit(1);
    throw linkRefused(row ? (row.usedAt ? 'used' : 'expired') : 'unknown');
  }
  if ('taken' in outcome) throw new HttpError(409, 'conflict', 'this address got an account meanwhile', { field: 'email' });
  const { user, oldEmail, undoToken } = outcome;
  const email = user.email ?? '';
  if (oldEmail && undoToken) await tellOldAddress(s, oldEmail, user, linkTo(origin, '/account/email-undo', undoToken));
  if (caller?.userId !== user.id) return { email };
  return { email, session: await finishSignIn(s, user, undefined, channel) };
}

/**
 * The change is made and committed: a mail that cannot be queued is logged, never turned into an
 * error. The old address gets the way back, not a reset link: a reset asked for it would find no
 * account any more.
 */
async function tellOldAddress(s: Services, oldEmail: string, u: typeof users.$inferSelect, undoLink: string): Promise<void> {
  try {
    await s.mail.send(oldEmail, 'email-changed', {
      name: u.name ?? undefined, newAddress: maskedAddress(u.email ?? ''), undoLink,
    }, u.language ?? 'fr');
  } catch (e) {
    s.log.warn({ err: e, userId: u.id }, 'address changed mail not queued');
  }
}
