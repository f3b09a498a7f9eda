import { eq } from 'drizzle-orm';
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Passkey } from '../../shared/http/account-schemas';
import { users } from '../db/schema/commerce';
import { passkeys } from '../db/schema/accounts';
import { HttpError, forbidden } from '../http/http-error';
import type { RelyingParty } from './relying-party';
import { keepChallenge, takeChallenge } from './webauthn-challenges';
import { requireRecentSignIn } from './require-recent-sign-in';

/** Refused registration or sign-in answer: 400 naming the field, nothing stored. */
export const passkeyRefused = (reason: string) => new HttpError(400, 'invalid', `the passkey answer was refused (${reason})`, { field: 'response', reason });

/**
 * Options for the browser to create a passkey for the signed-in account (a discoverable
 * credential, so it can later sign in without typing the e-mail), for a recent sign-in only.
 *
 * @example const options = await startPasskeyRegistration(s, me, relyingParty(req, s.config));
 */
export async function startPasskeyRegistration(s: Services, p: Principal, rp: RelyingParty) {
  requireRecentSignIn(s, p, 'add a passkey');
  const { db } = s.database;
  const [u] = await db.select().from(users).where(eq(users.id, p.userId)).limit(1);
  if (!u) throw forbidden();
  const mine = await db.select({ id: passkeys.id, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, u.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name, rpID: rp.rpID, userName: u.email ?? u.id, userDisplayName: u.name ?? u.email ?? '',
    userID: new TextEncoder().encode(u.id), attestationType: 'none',
    excludeCredentials: mine.map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  await keepChallenge(db, options.challenge, 'register', s.now(), u.id);
  return options;
}

/**
 * Checks the browser's answer (challenge handed to this account and not yet used, origin and RP
 * ID of this deployment), asks again for a recent sign-in, and keeps the new passkey.
 *
 * @example const key = await finishPasskeyRegistration(s, me, body.response, relyingParty(req, s.config));
 */
export async function finishPasskeyRegistration(s: Services, p: Principal, response: RegistrationResponseJSON, rp: RelyingParty): Promise<Passkey> {
  requireRecentSignIn(s, p, 'add a passkey');
  const { db } = s.database;
  let challengeOk = false;
  const verification = await verifyRegistrationResponse({
    response, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false,
    expectedChallenge: async (c) => (challengeOk = await takeChallenge(db, c, 'register', s.now(), p.userId)),
  }).catch((e: Error) => {
    throw passkeyRefused(challengeOk || !/challenge/i.test(e.message) ? e.message : 'unknown, used or expired challenge');
  });
  if (!verification.verified) throw passkeyRefused('not verified');
  const { credential } = verification.registrationInfo;
  const [row] = await db.insert(passkeys).values({
    id: credential.id, userId: p.userId, publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter, transports: credential.transports ?? [], createdAt: s.now().toISOString(),
  }).onConflictDoNothing().returning();
  if (!row) throw new HttpError(409, 'conflict', 'this passkey is already registered', { field: 'response' });
  return { id: row.id, createdAt: new Date(row.createdAt).toISOString() };
}
