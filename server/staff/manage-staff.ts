import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { users } from '../db/schema/commerce';
import { hashPassword } from '../auth/passwords';
import { recordAudit } from '../audit/record-audit';
import { HttpError, forbidden, notFound } from '../http/http-error';
import type { CreateStaffRequest, StaffMember } from '../../shared/http/staff-schemas';
import { onlyRow } from '../db/only-row';

type UserRow = typeof users.$inferSelect;

function memberOf(u: UserRow): StaffMember {
  return { id: u.id, email: u.email ?? '', name: u.name ?? '', role: u.role as StaffMember['role'], storeId: u.storeId ?? null, active: !u.deactivatedAt };
}

/** A manager sees and manages the advisors and clerks of their own store; an admin every member of staff. */
function manages(actor: Principal, u: Pick<UserRow, 'role' | 'storeId'>): boolean {
  if (actor.role === 'admin') return ['advisor', 'clerk', 'manager'].includes(u.role);
  return actor.role === 'manager' && !!actor.storeId && u.storeId === actor.storeId && ['advisor', 'clerk'].includes(u.role);
}

/** @example await listStaff(s, manager) // the advisors and clerks of the manager's store */
export async function listStaff(s: Services, actor: Principal): Promise<StaffMember[]> {
  const rows = await s.database.db.select().from(users)
    .where(and(inArray(users.role, ['advisor', 'clerk', 'manager', 'admin']), eq(users.guest, false)))
    .orderBy(users.role, users.email);
  return rows.filter((u) => actor.role === 'admin' || manages(actor, u)).map(memberOf);
}

/**
 * A new member of staff with a scrypt password. Managers add advisors and clerks to their own
 * store only; clerks and managers must work at a store.
 *
 * @example await createStaff(s, admin, { email: 'zoe@vitrine.demo', name: 'Zoé', role: 'clerk', storeId: 'store-lyon', password: '…' });
 */
export async function createStaff(s: Services, actor: Principal, body: CreateStaffRequest): Promise<StaffMember> {
  const storeId = body.storeId ?? (actor.role === 'manager' ? actor.storeId : undefined);
  if (!storeId && body.role !== 'advisor') throw new HttpError(422, 'invalid', 'storeId: clerks and managers work at a store');
  if (storeId) {
    const loc = s.catalogue.location(storeId);
    if (loc?.kind !== 'store') throw new HttpError(422, 'invalid', `storeId: "${storeId}" is not a store`);
  }
  if (!manages(actor, { role: body.role, storeId: storeId ?? null })) {
    throw forbidden(actor.role === 'manager' ? 'managers add advisors and clerks to their own store only' : 'you may not add this member of staff');
  }
  const passwordHash = await hashPassword(body.password);
  return s.database.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, body.email));
    if (taken) throw new HttpError(409, 'conflict', 'an account already uses this email');
    const u = onlyRow(await tx.insert(users).values({
      id: `u-${randomUUID()}`, email: body.email, name: body.name, role: body.role, storeId: storeId ?? null, passwordHash,
    }).returning(), 'insert staff member');
    const member = memberOf(u);
    await recordAudit(tx, actor, { action: 'staff.created', targetType: 'user', targetId: u.id, after: member });
    return member;
  });
}

/**
 * Deactivates (the account signs in no more and its tokens are refused at once) or reactivates a
 * member of staff. Reactivating does not bring old tokens back: the person signs in again.
 *
 * @example await setStaffActive(s, admin, 'u-clerk-lyon', false);
 */
export async function setStaffActive(s: Services, actor: Principal, userId: string, active: boolean): Promise<StaffMember> {
  if (userId === actor.userId) throw forbidden('you cannot change your own account here');
  return s.database.db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(and(eq(users.id, userId), eq(users.guest, false))).for('update');
    if (!u || !['advisor', 'clerk', 'manager', 'admin'].includes(u.role)) throw notFound('member of staff');
    if (!manages(actor, u)) throw forbidden(actor.role === 'manager' ? 'managers manage the advisors and clerks of their own store only' : 'you may not change this account');
    const at = s.now().toISOString();
    const after = onlyRow(await tx.update(users)
      .set(active ? { deactivatedAt: null } : { deactivatedAt: sql`coalesce(${users.deactivatedAt}, ${at})`, tokensValidAfter: at })
      .where(eq(users.id, userId)).returning(), 'update staff member');
    await recordAudit(tx, actor, { action: active ? 'staff.reactivated' : 'staff.deactivated', targetType: 'user', targetId: userId, before: memberOf(u), after: memberOf(after) });
    return memberOf(after);
  });
}

