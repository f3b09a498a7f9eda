import { and, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { SignUpRequest } from '../../shared/http/account-schemas';
import { users } from '../db/schema/commerce';
import { signUps } from '../db/schema/accounts';
import { hashPassword } from '../auth/passwords';
import { refuseWeakPassword } from './weak-password';
import { linkTo, newLinkSecret } from './link-secret';

/** How long a verification link works. */
export const SIGN_UP_TTL_MS = 24 * 3600_000;

/**
 * Starts a sign-up. The answer is the same whether the address is new or already has an account
 * (no enumeration): a new address gets a verification link, an existing one a warning mail
 * instead. The password is hashed in both cases so both take the same time. The account itself is
 * created when the link is followed (see verifyEmail).
 *
 * @example await signUp(s, body, req.principal, 'https://shop.example');
 */
export async function signUp(s: Services, body: SignUpRequest, caller: Principal | undefined, origin: string): Promise<void> {
  refuseWeakPassword(body.password, body.email, 'password');
  const passwordHash = await hashPassword(body.password);
  const { db } = s.database;
  const [existing] = await db.select().from(users).where(and(eq(users.email, body.email), eq(users.guest, false))).limit(1);
  if (existing) {
    await s.mail.send(body.email, 'sign-up-attempt', {
      signInLink: linkTo(origin, '/account'), resetLink: linkTo(origin, '/account/forgot'),
    }, existing.language ?? body.language);
    return;
  }
  const { token, hash } = newLinkSecret();
  await db.insert(signUps).values({
    tokenHash: hash, email: body.email, name: body.name, language: body.language, passwordHash,
    guestId: caller?.guest ? caller.userId : null, expiresAt: new Date(s.now().getTime() + SIGN_UP_TTL_MS).toISOString(),
  });
  await s.mail.send(body.email, 'verify-email', { name: body.name, link: linkTo(origin, '/account/verify', token) }, body.language);
}
