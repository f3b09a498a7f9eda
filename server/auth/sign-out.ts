import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from './tokens';
import { users } from '../db/schema/commerce';
import { revokedTokens } from '../db/schema/auth';

/**
 * Refuses the caller's token from now on, on every process (they all read `revoked_tokens`).
 *
 * @example await signOut(s, requirePrincipal(req));
 */
export async function signOut(s: Services, p: Principal): Promise<void> {
  if (!p.session) return;
  await s.database.db.insert(revokedTokens)
    .values({ userId: p.userId, jti: p.session.id, expiresAt: new Date(p.session.expiresAtMs).toISOString() })
    .onConflictDoNothing();
}

/**
 * Refuses every token of the account issued until now ("sign out everywhere"). Tokens compare
 * their own issue time, stamped by the real clock, so this one is too.
 *
 * @example await signOutEverywhere(s, requirePrincipal(req));
 */
export async function signOutEverywhere(s: Services, p: Principal): Promise<void> {
  await s.database.db.update(users).set({ tokensValidAfter: new Date().toISOString() }).where(eq(users.id, p.userId));
}
