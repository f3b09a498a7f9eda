import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Services } from '../app/services';
import type { Principal } from './tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse, LoginRequest } from '../../shared/http/api-schemas';
import { users, events } from '../db/schema/commerce';
import { verifyPassword, DUMMY_PASSWORD_HASH } from './passwords';
import { HttpError } from '../http/http-error';
import { recordEvent } from '../timeline/record-event';
import { mergeGuestCart } from '../carts/merge-guest-cart';

function principalOf(u: typeof users.$inferSelect): Principal {
  return { userId: u.id, role: u.role, name: u.name ?? undefined, guest: u.guest, storeId: u.storeId ?? undefined };
}

/**
 * Issues a token for the principal. The account's address goes back to its owner with the session
 * (so a page asking to sign in again can fill it in) but never into the token.
 */
export async function issueSession(
  s: Services, p: Principal, { email, extra = {} }: { email?: string | null; extra?: Partial<AuthResponse> } = {},
): Promise<AuthResponse> {
  const { token, expiresAt } = await s.tokens.issue(p);
  return { token, expiresAt, user: userOf(p, email), ...extra };
}

/** What a session tells its owner about the account. */
export function userOf(p: Principal, email?: string | null): AuthResponse['user'] {
  return {
    id: p.userId, role: p.role, ...(p.name ? { name: p.name } : {}), ...(email ? { email } : {}),
    ...(p.guest ? { guest: true } : {}), ...(p.storeId ? { storeId: p.storeId } : {}),
  };
}

/** A guest is a real customer row without credentials, so carts, orders and timeline work the same. */
export async function startGuestSession(s: Services, channel: Channel): Promise<AuthResponse> {
  const id = `g_${randomUUID()}`;
  await s.database.db.transaction(async (tx) => {
    await tx.insert(users).values({ id, role: 'customer', guest: true });
    await recordEvent(tx, { customerId: id, channel, type: 'session.started', data: { guest: true } });
  });
  return issueSession(s, { userId: id, role: 'customer', guest: true });
}

/**
 * Email and password sign-in. When the caller was a guest with a cart, that cart is merged into
 * the account's cart by the written rule (see shared/cart/merge-carts.ts) and the guest's
 * timeline becomes part of the account's.
 */
export async function signIn(s: Services, body: LoginRequest, guest: Principal | undefined, channel: Channel): Promise<AuthResponse> {
  const { db } = s.database;
  const [u] = await db.select().from(users).where(and(eq(users.email, body.email), eq(users.guest, false))).limit(1);
  const ok = await verifyPassword(body.password, u?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!u || !ok) throw new HttpError(401, 'unauthorized', 'wrong email or password');
  return finishSignIn(s, u, guest, channel);
}

/**
 * The end of every sign-in (password, passkey, verified sign-up, reset): refuses a deactivated
 * account, merges the calling guest's cart and timeline, records the sign-in and issues a token.
 */
export async function finishSignIn(
  s: Services, u: typeof users.$inferSelect, guest: Principal | undefined, channel: Channel, via?: 'passkey' | 'sign-up' | 'reset',
): Promise<AuthResponse> {
  const { db } = s.database;
  if (u.deactivatedAt) throw new HttpError(403, 'forbidden', 'this account has been deactivated');
  const p = principalOf(u);
  let mergedCartId: string | undefined;
  if (guest?.guest && guest.userId !== u.id && p.role === 'customer') {
    await db.update(events).set({ customerId: u.id }).where(eq(events.customerId, guest.userId));
    mergedCartId = await mergeGuestCart(s, guest.userId, u.id, channel);
  }
  await recordEvent(db, { customerId: u.id, channel, type: 'session.signed_in', data: { role: u.role, ...(via ? { via } : {}), ...(mergedCartId ? { mergedCartId } : {}) } });
  // Only here, at a real sign-in, does a session get its sign-in time (see shared/accounts/recent-sign-in.ts).
  return issueSession(s, { ...p, signedInAtMs: s.now().getTime() }, { email: u.email, extra: mergedCartId ? { mergedCartId } : {} });
}

/** The account as it stands now (not as its token says), unless it is gone or deactivated. */
export async function findAccount(s: Services, userId: string): Promise<{ principal: Principal; email: string | null } | undefined> {
  const [u] = await s.database.db.select().from(users).where(eq(users.id, userId)).limit(1);
  return u && !u.deactivatedAt ? { principal: principalOf(u), email: u.email } : undefined;
}

