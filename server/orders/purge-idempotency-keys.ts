import { lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { idempotencyKeys } from '../db/schema/commerce';
import { IDEMPOTENCY_KEY_HOURS } from './checkout';

/** Forgets checkout keys older than the promised retention; a retry after that is a new purchase attempt. */
export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 3600_000).toISOString();
  const rows = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff)).returning({ key: idempotencyKeys.key });
  return rows.length;
}
