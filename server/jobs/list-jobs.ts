import { and, desc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import { jobs } from '../db/schema/operations';
import type { Job } from '../../shared/http/job-schemas';
import { jobFromRow } from './job-queue';

const PAGE = 50;

/** Who may follow a job: an admin any, anyone else only the jobs they started. */
export function maySeeJob(p: Principal, createdBy: string | null): boolean {
  return p.role === 'admin' || createdBy === p.userId;
}

/**
 * Recent jobs, newest first, 50 a page: an admin's view holds every job, a manager's their own.
 *
 * @example await listJobs(db, admin, { kind: 'import.products', page: 1 })
 */
export async function listJobs(db: Pick<Db, 'select'>, p: Principal, q: { kind?: string; page: number }): Promise<Job[]> {
  const where: SQL[] = [];
  if (q.kind) where.push(eq(jobs.kind, q.kind));
  if (p.role !== 'admin') where.push(eq(jobs.createdBy, p.userId));
  // The payload (a whole CSV file) is never read for a list: it shows state and outcome only.
  const { payload: _payload, ...columns } = getTableColumns(jobs);
  const rows = await db.select(columns).from(jobs).where(where.length ? and(...where) : undefined)
    .orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(PAGE).offset((q.page - 1) * PAGE);
  return rows.map((r) => jobFromRow({ ...r, payload: {} }));
}

/** One job with the id it was created by, for the permission check. */
export async function readJob(db: Pick<Db, 'select'>, id: string): Promise<{ job: Job; createdBy: string | null } | undefined> {
  const { payload: _payload, ...columns } = getTableColumns(jobs);
  const [row] = await db.select(columns).from(jobs).where(eq(jobs.id, id));
  return row ? { job: jobFromRow({ ...row, payload: {} }), createdBy: row.createdBy } : undefined;
}
