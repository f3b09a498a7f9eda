import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { jobs } from '../db/schema/operations';

/**
 * Jobs waiting and running across the deployment (the queue lives in the database, so every
 * process sees the same numbers).
 *
 * @example await countJobs(db) // { queued: 2, running: 1 }
 */
export async function countJobs(db: Pick<Db, 'select'>): Promise<{ queued: number; running: number }> {
  const rows = await db.select({ state: jobs.state, n: sql<number>`count(*)::int` }).from(jobs)
    .where(inArray(jobs.state, ['queued', 'running'])).groupBy(jobs.state);
  const counts = { queued: 0, running: 0 };
  for (const r of rows) if (r.state === 'queued' || r.state === 'running') counts[r.state] = Number(r.n);
  return counts;
}
