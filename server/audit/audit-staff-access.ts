import type { Db } from '../db/database';
import type { Principal } from '../auth/tokens';
import { isStaff } from '../../shared/auth/role';
import { recordAudit, type AuditEntry } from './record-audit';

/**
 * Keeps on the audit log what a member of staff did to, or read of, a customer's cart, orders or
 * data; a customer's own actions are on their timeline, not here.
 *
 * @example await auditStaffAccess(db, p, { action: 'order.read', targetType: 'order', targetId: order.id, customerId: order.customerId });
 */
export async function auditStaffAccess(db: Pick<Db, 'insert'>, p: Principal, e: AuditEntry): Promise<void> {
  if (isStaff(p.role)) await recordAudit(db, p, e);
}
