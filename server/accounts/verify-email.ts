import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { events, users } from '../db/schema/commerce';
import { signUps } from '../db/schema/accounts';
import { finishSignIn } from '../auth/sign-in';
import { mergeGuestCart } from '../carts/merge-guest-cart';
import { HttpError } from '../http/http-error';
import { hashLinkToken, linkRefused } from './link-secret';
import { onlyRow } from '../db/only-row';

/**
 * Follows a verification link: takes the sign-up (once, before it expires), creates the account,
 * brings in the cart and timeline of the guest who signed up (and of the guest following the link,
 * when another device), and signs in. A used, expired or unknown link changes nothing.
 *
 * @example const session = await verifyEmail(s, token, req.principal, 'web');
 */
export async function verifyEmail(s: Services, token: string, caller: Principal | undefined, channel: Channel): Promise<AuthResponse> {
  const { db } = s.database;
  const hash = hashLinkToken(token);
  const now = s.now().toISOString();
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx.update(signUps).set({ usedAt: now })
      .where(and(eq(signUps.tokenHash, hash), isNull(signUps.usedAt), gt(signUps.expiresAt, now))).returning();
    if (!row) return { refused: true as const };
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, row.email)).limit(1);
    // Two sign-ups for one address: the first link followed wins, the other is spent.
    if (taken) return { taken: true as const };
    const u = onlyRow(await tx.insert(users).values({
      id: `u_${randomUUID()}`, email: row.email, name: row.name, role: 'customer', passwordHash: row.passwordHash, language: row.language,
    }).returning(), 'insert user');
    return { user: u, guestId: row.guestId };
  });
  if ('refused' in outcome) {
    const [row] = await db.select({ usedAt: signUps.usedAt }).from(signUps).where(eq(signUps.tokenHash, hash)).limit(1);
    throw linkRefused(row ? (row.usedAt ? 'used' : 'expired') : 'unknown');
  }
  if ('taken' in outcome) throw new HttpError(409, 'conflict', 'this address already has an account: sign in instead', { field: 'email' });
  const { user, guestId } = outcome;
  if (guestId && guestId !== caller?.userId) {
    await db.update(events).set({ customerId: user.id }).where(eq(events.customerId, guestId));
    await mergeGuestCart(s, guestId, user.id, channel);
  }
  return finishSignIn(s, user, caller, channel, 'sign-up');
}
