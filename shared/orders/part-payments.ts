import type { PickupPart } from './pickup-part';

/**
 * Whether an order paid at pickup is now paid as a whole: every part still to collect was paid at
 * its own desk, and at least one was (parts released unpaid owe nothing). Until then the order's
 * payment stays `due_at_pickup`, and each part says on its own whether it was paid (`paid`).
 *
 * @example paidByParts([{ status: 'picked_up', paid }, { status: 'ready_for_pickup' }]) // false
 */
export function paidByParts(parts: readonly Pick<PickupPart, 'status' | 'paid'>[]): boolean {
  return parts.some((p) => p.paid) && parts.every((p) => p.paid || p.status === 'cancelled');
}
