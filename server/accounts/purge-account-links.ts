import { lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { emailChanges, emailChangeUndos, passwordResets, signUps, webauthnChallenges } from '../db/schema/accounts';

/**
 * Removes sign-ups, reset, change-of-address and undo links and passkey challenges a day past their expiry: they open nothing
 * any more, and an unfinished sign-up holds a name, an address and a password hash. The day of
 * grace lets a late click still be told "expired" rather than "unknown".
 *
 * @example await purgeAccountLinks(db, new Date());
 */
export async function purgeAccountLinks(db: Db, now: Date): Promise<void> {
  const before = new Date(now.getTime() - 24 * 3600_000).toISOString();
  await db.delete(signUps).where(lt(signUps.expiresAt, before));
  await db.delete(passwordResets).where(lt(passwordResets.expiresAt, before));
  await db.delete(emailChanges).where(lt(emailChanges.expiresAt, before));
  await db.delete(emailChangeUndos).where(lt(emailChangeUndos.expiresAt, before));
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now.toISOString()));
}
