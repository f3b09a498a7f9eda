import type { Db } from '../db/database';
import { auditLog } from '../db/schema/operations';
import type { Principal } from '../auth/tokens';

export interface AuditEntry {
  /** Dotted verb: `order.read`, `order.status_changed`, `product.updated`, `staff.deactivated`... */
  action: string;
  targetType: string;
  targetId: string;
  /** Whose data it was, when it was a customer's. */
  customerId?: string | null;
  before?: unknown;
  after?: unknown;
  data?: Record<string, unknown>;
}

/**
 * Keeps what a member of staff did (or read) on the audit log. Call it inside the transaction of
 * the change it describes, so the log never shows a change that did not happen.
 *
 * @example await recordAudit(tx, p, { action: 'order.read', targetType: 'order', targetId: order.id, customerId: order.customerId });
 */
export async function recordAudit(db: Pick<Db, 'insert'>, actor: Principal, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.userId,
    actorRole: actor.role,
    storeId: actor.storeId ?? null,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    customerId: e.customerId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    data: e.data ?? {},
  });
}

/** Many entries at once (imports), a few hundred rows per statement. */
export async function recordAudits(db: Pick<Db, 'insert'>, actor: Principal, entries: readonly AuditEntry[]): Promise<void> {
  const rows = entries.map((e) => ({
    actorId: actor.userId, actorRole: actor.role, storeId: actor.storeId ?? null, action: e.action, targetType: e.targetType,
    targetId: e.targetId, customerId: e.customerId ?? null, before: e.before ?? null, after: e.after ?? null, data: e.data ?? {},
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(auditLog).values(rows.slice(i, i + 500));
}
