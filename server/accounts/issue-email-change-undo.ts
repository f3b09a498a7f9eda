import type { Db } from '../db/database';
import { emailChangeUndos } from '../db/schema/accounts';
import { newLinkSecret } from './link-secret';

/**
 * How long the "it wasn't me" link works: longer than the change's own link, since the owner of
 * the old mailbox may only read it days later, and until then whoever changed the address keeps
 * the account.
 */
export const EMAIL_CHANGE_UNDO_TTL_MS = 7 * 24 * 3600_000;

/**
 * Makes the link that gives an account back the address it just left, for the mail to that
 * address. Call it in the transaction that makes the change, so a change never commits without
 * its way back.
 *
 * @example const undo = await issueEmailChangeUndo(tx, s.now(), userId, 'sam@old.example', 'sam@new.example');
 */
export async function issueEmailChangeUndo(db: Pick<Db, 'insert'>, now: Date, userId: string, oldEmail: string, newEmail: string): Promise<string> {
  const { token, hash } = newLinkSecret();
  await db.insert(emailChangeUndos).values({
    tokenHash: hash, userId, oldEmail, newEmail, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + EMAIL_CHANGE_UNDO_TTL_MS).toISOString(),
  });
  return token;
}
