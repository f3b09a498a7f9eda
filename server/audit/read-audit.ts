import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database';
import { auditLog } from '../db/schema/operations';
import type { AuditQuery } from '../../shared/http/audit-schemas';
import { onlyRow } from '../db/only-row';

/**
 * One page of the audit log, newest first, filtered by actor, action, target, customer and time.
 *
 * @example await readAudit(db, { targetType: 'product', page: 1, pageSize: 50 })
 */
export async function readAudit(db: Pick<Db, 'select'>, q: AuditQuery) {
  const where: SQL[] = [];
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.targetType) where.push(eq(auditLog.targetType, q.targetType));
  if (q.targetId) where.push(eq(auditLog.targetId, q.targetId));
  if (q.customerId) where.push(eq(auditLog.customerId, q.customerId));
  if (q.from) where.push(gte(auditLog.at, q.from));
  if (q.to) where.push(lte(auditLog.at, q.to));
  const filter = where.length ? and(...where) : undefined;
  const [rows, counted] = await Promise.all([
    db.select().from(auditLog).where(filter).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(filter),
  ]);
  const { total } = onlyRow(counted, 'count audit entries');
  return {
    items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString(), data: r.data ?? {} })),
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
  };
}
