/**
 * How long after signing in a session may add a way to sign in (a passkey). A stolen session alone
 * must not be enough: a passkey outlives sign-out everywhere, a password change and a reset.
 */
export const RECENT_SIGN_IN_MS = 10 * 60_000;

/** Processes of one deployment may disagree on the time by a little; more than this is a forgery. */
const CLOCK_DRIFT_MS = 60_000;

/**
 * Whether a session signed in recently enough to add a passkey. A session that records no sign-in
 * time (a guest, a device link, a token made before sign-in times were recorded) is not recent.
 *
 * @example isRecentSignIn(principal.signedInAtMs, Date.now()) // false 11 minutes after signing in
 */
export function isRecentSignIn(signedInAtMs: number | undefined, nowMs: number): boolean {
  if (signedInAtMs === undefined) return false;
  const age = nowMs - signedInAtMs;
  return age <= RECENT_SIGN_IN_MS && age >= -CLOCK_DRIFT_MS;
}
