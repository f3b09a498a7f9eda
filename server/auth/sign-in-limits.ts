import type { Services } from '../app/services';
import { HttpError } from '../http/http-error';

/**
 * Guesses are counted per address and per e-mail separately: many passwords tried on many
 * accounts from one address hit the first, one account tried from many addresses the second.
 * Only wrong passwords count; a successful sign-in gives its e-mail its budget back.
 *
 * @example const answer = await withinSignInLimits(s, req.ip, body.email, () => signIn(...));
 */
export async function withinSignInLimits<T>(s: Services, address: string | undefined, email: string, attempt: () => Promise<T>): Promise<T> {
  const byAddress = `ip:${address ?? 'unknown'}`;
  const byEmail = `email:${email.trim().toLowerCase()}`;
  await Promise.all([s.limits.signInPerAddress.check(byAddress), s.limits.signInPerEmail.check(byEmail)]);
  try {
    const answer = await attempt();
    await s.limits.signInPerEmail.reset(byEmail);
    return answer;
  } catch (e) {
    if (e instanceof HttpError && e.status === 401) {
      await Promise.all([s.limits.signInPerAddress.penalise(byAddress), s.limits.signInPerEmail.penalise(byEmail)]);
    }
    throw e;
  }
}
