import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { users } from '../db/schema/commerce';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../auth/passwords';
import { finishSignIn } from '../auth/sign-in';
import { HttpError, forbidden } from '../http/http-error';
import { refuseWeakPassword } from './weak-password';
import { signOutOtherSessions } from './sign-out-other-sessions';
import { onlyRow } from '../db/only-row';

/**
 * Changes a signed-in account's password after checking the current one; every other session is
 * signed out and the caller gets a fresh token. A wrong current password or a weak new one
 * changes nothing.
 *
 * @example const session = await changePassword(s, me, { currentPassword, newPassword }, 'web');
 */
export async function changePassword(
  s: Services, p: Principal, body: { currentPassword: string; newPassword: string }, channel: Channel,
): Promise<AuthResponse> {
  if (p.guest) throw forbidden('guests have no password');
  const { db } = s.database;
  const [u] = await db.select().from(users).where(eq(users.id, p.userId)).limit(1);
  if (!u) throw forbidden();
  const ok = await verifyPassword(body.currentPassword, u.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!ok || !u.passwordHash) throw new HttpError(403, 'forbidden', 'the current password is wrong', { field: 'currentPassword', reason: 'wrong' });
  refuseWeakPassword(body.newPassword, u.email ?? undefined, 'newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  const updated = onlyRow(await db.update(users).set({ passwordHash }).where(eq(users.id, u.id)).returning(), 'update user password');
  await signOutOtherSessions(s, u.id);
  return finishSignIn(s, updated, undefined, channel);
}
