import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { users } from '../db/schema/commerce';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/passwords';
import { HttpError, forbidden } from '../http/http-error';

type UserRow = typeof users.$inferSelect;

/**
 * The signed-in account, once its current password is proven: what an account asks before a
 * change that would lock its owner out (password, address). A wrong password takes the time of a
 * right one, and an account without a password (passkeys only) is refused the same way.
 *
 * @example const u = await withCurrentPassword(s, me, body.currentPassword);
 */
export async function withCurrentPassword(s: Services, p: Principal, currentPassword: string): Promise<UserRow> {
  if (p.guest) throw forbidden('guests have no password');
  const [u] = await s.database.db.select().from(users).where(eq(users.id, p.userId)).limit(1);
  if (!u) throw forbidden();
  const ok = await verifyPassword(currentPassword, u.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!ok || !u.passwordHash) throw new HttpError(403, 'forbidden', 'the current password is wrong', { field: 'currentPassword', reason: 'wrong' });
  return u;
}
