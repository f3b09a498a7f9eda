import type { Money } from '../money';
import type { Order } from './order';
import { partAmountAt } from './pickup-part-amounts';

/**
 * What a pickup desk does about money before handing its store's part over:
 * - `none`: nothing is owed here (paid beforehand, or this part already paid at its desk);
 * - `charge`: the terminal takes `amount`, this part's share of an order paid at pickup;
 * - `settle`: the part is worth nothing here (its lines were free, or its share came to zero),
 *   so no terminal is asked (it refuses zero) and the part is written down as settled with 0.
 */
export type DeskCharge =
  | { kind: 'none' }
  | { kind: 'charge'; amount: Money }
  | { kind: 'settle'; amount: Money };

type ChargeOrder = Parameters<typeof partAmountAt>[0] & Pick<Order, 'payment'>;

/**
 * What the desk of `storeId` charges before handing its part over; undefined when the order has
 * no part at that store.
 *
 * @example deskCharge(order, 'store-lyon') // { kind: 'charge', amount: { amount: 5800, currency: 'EUR' } }
 */
export function deskCharge(order: ChargeOrder, storeId: string): DeskCharge | undefined {
  const part = order.pickups?.find((p) => p.storeId === storeId);
  if (!part) return undefined;
  if (order.payment.status !== 'due_at_pickup' || part.paid) return { kind: 'none' };
  const amount = partAmountAt(order, storeId);
  if (!amount) return undefined;
  return amount.amount > 0 ? { kind: 'charge', amount } : { kind: 'settle', amount };
}

/**
 * Whether an amount due at a desk goes through the payment terminal: only a positive one does.
 *
 * @example needsTerminal({ amount: 0, currency: 'EUR' }) // false
 */
export function needsTerminal(due: Money | undefined): due is Money {
  return due !== undefined && due.amount > 0;
}

/**
 * Whether a desk card says "nothing to collect": the store's part is worth nothing here, before
 * the hand-over (settled without the terminal) and after it (a part settled with 0 was not paid,
 * so the card does not read "paid 0 €"). A cancelled part says what was refunded instead.
 *
 * @example hasNothingToCollect({ amount: money(0) }) // true
 * @example hasNothingToCollect({ amount: money(5800), due: money(5800) }) // false
 */
export function hasNothingToCollect(card: { amount: Money; due?: Money; refunded?: Money }): boolean {
  return !card.refunded && (card.due ?? card.amount).amount === 0;
}
