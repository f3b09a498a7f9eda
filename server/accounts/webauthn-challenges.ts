import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { webauthnChallenges } from '../db/schema/accounts';

/** A challenge must be answered within this time (the browser's own timeout is one minute). */
export const CHALLENGE_TTL_MS = 2 * 60_000;

/** Keeps a challenge handed to a browser until its one answer, for two minutes at most. */
export async function keepChallenge(db: Db, challenge: string, purpose: 'register' | 'authenticate', now: Date, userId?: string): Promise<void> {
  // Old unanswered challenges go as new ones come: the table stays small without a sweep.
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now.toISOString()));
  await db.insert(webauthnChallenges).values({ challenge, purpose, userId: userId ?? null, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString() });
}

/**
 * Takes a challenge for its one answer: true once, when it was handed out for this purpose (and
 * this account) and has not expired; a replayed answer finds it gone.
 *
 * @example expectedChallenge: (c) => takeChallenge(db, c, 'authenticate', s.now())
 */
export async function takeChallenge(db: Db, challenge: string, purpose: 'register' | 'authenticate', now: Date, userId?: string): Promise<boolean> {
  const taken = await db.delete(webauthnChallenges).where(and(
    eq(webauthnChallenges.challenge, challenge),
    eq(webauthnChallenges.purpose, purpose),
    gt(webauthnChallenges.expiresAt, now.toISOString()),
    ...(userId ? [eq(webauthnChallenges.userId, userId)] : []),
  )).returning({ challenge: webauthnChallenges.challenge });
  return taken.length === 1;
}
