import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { Locale } from '../../shared/i18n-text';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { users } from '../db/schema/commerce';
import { passwordResets } from '../db/schema/accounts';
import { hashPassword } from '../auth/passwords';
import { finishSignIn } from '../auth/sign-in';
import { refuseWeakPassword } from './weak-password';
import { hashLinkToken, linkRefused, linkTo, newLinkSecret } from './link-secret';
import { signOutOtherSessions } from './sign-out-other-sessions';

/** How long a reset link works. */
export const RESET_TTL_MS = 3600_000;

/**
 * Mails a reset link when the address has an active account, and does nothing otherwise; the
 * caller answers the same either way (no enumeration).
 *
 * @example await requestPasswordReset(s, 'zoe@example.com', 'fr', origin);
 */
export async function requestPasswordReset(s: Services, email: string, language: Locale | undefined, origin: string): Promise<void> {
  const { db } = s.database;
  const [u] = await db.select().from(users).where(and(eq(users.email, email), eq(users.guest, false))).limit(1);
  if (!u || u.deactivatedAt) return;
  const token = await issueResetLink(db, s.now(), u.id);
  await s.mail.send(email, 'password-reset', { name: u.name ?? undefined, link: linkTo(origin, '/account/reset', token) }, u.language ?? language ?? 'fr');
}

/**
 * A new reset link of the account (its secret, for the mail; `/account/reset` takes it). Pass the
 * transaction when the link must commit with another change.
 *
 * @example const token = await issueResetLink(tx, s.now(), userId);
 */
export async function issueResetLink(db: Pick<Db, 'insert'>, now: Date, userId: string): Promise<string> {
  const { token, hash } = newLinkSecret();
  await db.insert(passwordResets).values({ tokenHash: hash, userId, expiresAt: new Date(now.getTime() + RESET_TTL_MS).toISOString() });
  return token;
}

/**
 * Follows a reset link: checks the new password, takes the link (once, before it expires), sets
 * the password, spends the account's other reset links and pending changes of address, signs
 * every existing session out (phone codes too) and signs this one in. A refused link or a weak
 * password changes nothing.
 *
 * @example const session = await resetPassword(s, token, 'a long new passphrase', req.principal, 'web');
 */
export async function resetPassword(s: Services, token: string, password: string, caller: Principal | undefined, channel: Channel): Promise<AuthResponse> {
  const { db } = s.database;
  const hash = hashLinkToken(token);
  const now = s.now().toISOString();
  const [pending] = await db.select({ reset: passwordResets, email: users.email }).from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId)).where(eq(passwordResets.tokenHash, hash)).limit(1);
  if (!pending) throw linkRefused('unknown');
  if (pending.reset.usedAt) throw linkRefused('used');
  if (new Date(pending.reset.expiresAt) <= s.now()) throw linkRefused('expired');
  refuseWeakPassword(password, pending.email ?? undefined, 'password');
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const [taken] = await tx.update(passwordResets).set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, hash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now))).returning();
    if (!taken) return undefined;
    const [u] = await tx.update(users).set({ passwordHash }).where(eq(users.id, taken.userId)).returning();
    if (u) await signOutOtherSessions(s, u.id, tx);
    return u;
  });
  // Lost the race with another use of the same link.
  if (!user) throw linkRefused('used');
  return finishSignIn(s, user, caller, channel, 'reset');
}
