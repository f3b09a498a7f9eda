import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { HttpError, forbidden } from '../http/http-error';
import { RECENT_SIGN_IN_MS, isRecentSignIn } from '../../shared/accounts/recent-sign-in';

/**
 * Passkeys outlive sign-out everywhere and password changes, so a stolen session alone must not
 * be able to add one (a way back in) or remove one (locking the owner out): the session must have
 * signed in within the last 10 minutes, else 403 `reauthentication_required`.
 *
 * @example requireRecentSignIn(s, me, 'add a passkey');
 */
export function requireRecentSignIn(s: Services, p: Principal, action: string): void {
  if (p.guest) throw forbidden('create an account first');
  if (!isRecentSignIn(p.signedInAtMs, s.now().getTime())) {
    throw new HttpError(403, 'reauthentication_required', `sign in again to ${action}: it needs a sign-in from the last ${RECENT_SIGN_IN_MS / 60_000} minutes`);
  }
}
