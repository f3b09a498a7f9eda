import { eq } from 'drizzle-orm';
import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Channel } from '../../shared/channel';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { users } from '../db/schema/commerce';
import { passkeys } from '../db/schema/accounts';
import { finishSignIn } from '../auth/sign-in';
import { HttpError } from '../http/http-error';
import type { RelyingParty } from './relying-party';
import { keepChallenge, takeChallenge } from './webauthn-challenges';
import { passkeyRefused } from './passkey-registration';

/**
 * Options for a passkey sign-in. No account is named: the browser offers the passkeys it holds
 * for this site, so nothing tells whether an e-mail has an account.
 *
 * @example const options = await startPasskeySignIn(s, relyingParty(req, s.config));
 */
export async function startPasskeySignIn(s: Services, rp: RelyingParty) {
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'preferred' });
  await keepChallenge(s.database.db, options.challenge, 'authenticate', s.now());
  return options;
}

/**
 * Signs in with a passkey: the challenge must be one handed out here, unused and fresh; the
 * origin and RP ID this deployment's; the signature the stored key's. Then as any sign-in (the
 * calling guest's cart is merged).
 *
 * @example const session = await finishPasskeySignIn(s, body.response, req.principal, 'web', rp);
 */
export async function finishPasskeySignIn(
  s: Services, response: AuthenticationResponseJSON, guest: Principal | undefined, channel: Channel, rp: RelyingParty,
): Promise<AuthResponse> {
  const { db } = s.database;
  const [key] = await db.select().from(passkeys).where(eq(passkeys.id, response.id)).limit(1);
  if (!key) throw new HttpError(401, 'unauthorized', 'this passkey is not known here');
  let challengeOk = false;
  const verification = await verifyAuthenticationResponse({
    response, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false,
    credential: { id: key.id, publicKey: new Uint8Array(Buffer.from(key.publicKey, 'base64url')), counter: key.counter, transports: key.transports },
    expectedChallenge: async (c) => (challengeOk = await takeChallenge(db, c, 'authenticate', s.now())),
  }).catch((e: Error) => {
    throw passkeyRefused(challengeOk || !/challenge/i.test(e.message) ? e.message : 'unknown, used or expired challenge');
  });
  if (!verification.verified) throw passkeyRefused('not verified');
  await db.update(passkeys).set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: s.now().toISOString() }).where(eq(passkeys.id, key.id));
  const [u] = await db.select().from(users).where(eq(users.id, key.userId)).limit(1);
  if (!u) throw new HttpError(401, 'unauthorized', 'this passkey is not known here');
  return finishSignIn(s, u, guest, channel, 'passkey');
}
