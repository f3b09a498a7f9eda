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

/**
 * The desk payment an order paid part by part reads as once every part is paid: the last part
 * that took money, so a part settled with 0 (nothing to collect there) never stands for the order
 * when another part was charged.
 *
 * @example settlingPartPayment([{ paid: { paymentId: 'pi_1', amount: 4900 } }, { paid: { paymentId: 'pay_2', amount: 0 } }]) // pi_1's
 */
export function settlingPartPayment(parts: readonly Pick<PickupPart, 'paid'>[]): PickupPart['paid'] {
  const paid = parts.flatMap((p) => (p.paid ? [p.paid] : []));
  return paid.filter((p) => p.amount.amount > 0).at(-1) ?? paid.at(-1);
}
