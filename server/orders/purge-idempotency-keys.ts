import { lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { idempotencyKeys } from '../db/schema/commerce';
import { cartCommandKeys } from '../db/schema/stores';
import { IDEMPOTENCY_KEY_HOURS } from './checkout';

/** Forgets checkout keys older than the promised retention; a retry after that is a new purchase attempt. */
export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 3600_000).toISOString();
  const rows = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff)).returning({ key: idempotencyKeys.key });
  // Cart command keys (offline queues) are kept as long: a phone offline for a weekend still replays safely.
  await db.delete(cartCommandKeys).where(lt(cartCommandKeys.createdAt, cutoff));
  return rows.length;
}
