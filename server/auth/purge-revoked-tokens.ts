import { lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { revokedTokens } from '../db/schema/auth';

/** A revoked token past its expiry is refused for that reason alone; its row can go. */
export async function purgeRevokedTokens(db: Db, now: Date): Promise<void> {
  await db.delete(revokedTokens).where(lt(revokedTokens.expiresAt, now.toISOString()));
}
