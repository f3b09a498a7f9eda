import { z } from 'zod';
import type { Role } from '../auth/role';
import type { PickupPart } from './pickup-part';

/** Why a desk cancels its part: the customer never came, or changed their mind at the desk. */
export const DESK_CANCEL_REASONS = ['no_show', 'changed_mind', 'other'] as const;
export const DeskCancelReasonSchema = z.enum(DESK_CANCEL_REASONS);

/** Why a part was cancelled: a desk's reason, or `not_collected` when its hold ran out. */
export const PartCancelReasonSchema = z.enum(['not_collected', ...DESK_CANCEL_REASONS]);
export type PartCancelReason = z.infer<typeof PartCancelReasonSchema>;

/** What a desk sends to cancel its store's part of an order. */
export const CancelPickupPartRequestSchema = z.object({
  reason: DeskCancelReasonSchema,
  /** A few words for the back office (what the customer said). */
  note: z.string().trim().max(300).optional(),
});
export type CancelPickupPartRequest = z.infer<typeof CancelPickupPartRequestSchema>;

export type PartCancelPermission = { ok: true } | { ok: false; error: 'forbidden' | 'illegal_transition'; message: string };

/**
 * Whether `actor` may cancel the part `part` of an order at their desk: only a clerk or manager
 * of that part's store, and only while the part still waits there (placed or ready). Who asks is
 * checked first, so another store learns nothing of a part's state.
 *
 * @example mayCancelPart({ role: 'clerk', storeId: 'store-lyon' }, lyonPart) // { ok: true }
 */
export function mayCancelPart(actor: { role: Role; storeId?: string | null }, part: Pick<PickupPart, 'storeId' | 'status'> | undefined): PartCancelPermission {
  if (actor.role !== 'clerk' && actor.role !== 'manager') return { ok: false, error: 'forbidden', message: 'only the staff of the pickup store cancel its part' };
  if (!part || !actor.storeId || part.storeId !== actor.storeId) return { ok: false, error: 'forbidden', message: 'this order has no part to collect at your store' };
  if (part.status !== 'placed' && part.status !== 'ready_for_pickup') return { ok: false, error: 'illegal_transition', message: `a pickup that is ${part.status} cannot be cancelled` };
  return { ok: true };
}
