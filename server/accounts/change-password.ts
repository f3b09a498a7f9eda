import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { users } from '../db/schema/commerce';
import { hashPassword } from '../auth/passwords';
import { finishSignIn } from '../auth/sign-in';
import { refuseWeakPassword } from './weak-password';
import { signOutOtherSessions } from './sign-out-other-sessions';
import { withCurrentPassword } from './current-password';
import { onlyRow } from '../db/only-row';

/**
 * Changes a signed-in account's password after checking the current one; every other session is
 * signed out (phone codes too), the account's pending changes of address and reset links are
 * spent, and the caller gets a fresh token. A wrong current password or a weak new one
 * changes nothing.
 *
 * @example const session = await changePassword(s, me, { currentPassword, newPassword }, 'web');
 */
export async function changePassword(
  s: Services, p: Principal, body: { currentPassword: string; newPassword: string }, channel: Channel,
): Promise<AuthResponse> {
  const u = await withCurrentPassword(s, p, body.currentPassword);
  refuseWeakPassword(body.newPassword, u.email ?? undefined, 'newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  const updated = await s.database.db.transaction(async (tx) => {
    const row = onlyRow(await tx.update(users).set({ passwordHash }).where(eq(users.id, u.id)).returning(), 'update user password');
    await signOutOtherSessions(s, u.id, tx);
    return row;
  });
  return finishSignIn(s, updated, undefined, channel);
}
