import type { Services } from '../app/services';
import type { Principal } from './tokens';
import { revokedTokens } from '../db/schema/auth';
import { signOutOtherSessions } from '../accounts/sign-out-other-sessions';

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
 * Refuses every token of the account issued until now ("sign out everywhere"), the caller's
 * included, and voids what would open a session later: device-link codes not yet followed,
 * pending changes of address and reset links (see spendPendingLinks for what is kept).
 *
 * @example await signOutEverywhere(s, requirePrincipal(req));
 */
export async function signOutEverywhere(s: Services, p: Principal): Promise<void> {
  await s.database.db.transaction(async (tx) => {
    await signOutOtherSessions(s, p.userId, tx);
  });
}
