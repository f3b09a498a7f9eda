import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Order } from '../../shared/orders/order';
import type { CheckoutRequest } from '../../shared/http/api-schemas';
import { idempotencyKeys } from '../db/schema/commerce';
import { HttpError } from '../http/http-error';
import { findOrder } from './order-repository';
import type { CheckoutTx } from './checkout-tx';

/** Keys are kept at least this long; a purge removes older ones. */
export const IDEMPOTENCY_KEY_HOURS = 48;

/** What a checkout request is, so a key reused with another body is told apart from a retry. */
export function checkoutRequestHash(cartId: string, body: CheckoutRequest, fingerprint?: Record<string, unknown>): string {
  // Contact and address join the fingerprint only when sent, so keys stored before they existed still match.
  const base = {
    cartId, expectedVersion: body.expectedVersion ?? null, payment: body.payment,
    ...(body.contact ? { contact: body.contact } : {}),
    ...(body.shippingAddress ? { shippingAddress: body.shippingAddress } : {}),
  };
  return createHash('sha256').update(JSON.stringify(fingerprint ? { ...base, ...fingerprint } : base)).digest('hex');
}

const reused = () => new HttpError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for another request');

/** The order as answered to a client (the single pickup store is storage, not contract). */
function answered(order: Order & { pickupStoreId?: unknown }): Order {
  const { pickupStoreId: _, ...plain } = order;
  return plain;
}

export interface KeyRef {
  customerId: string;
  key: string;
  requestHash: string;
}

/** The order a key already made, read before any transaction: a replay costs one select. */
export async function orderOfSpentKey(db: Db, ref: KeyRef): Promise<{ seen: boolean; order?: Order }> {
  const [seen] = await db.select().from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.customerId, ref.customerId), eq(idempotencyKeys.key, ref.key))).limit(1);
  if (!seen?.orderId) return { seen: !!seen };
  if (seen.requestHash !== ref.requestHash) throw reused();
  const order = await findOrder(db, seen.orderId);
  return { seen: true, ...(order ? { order: answered(order) } : {}) };
}

/**
 * Claims the key inside the checkout's transaction. Undefined when this checkout owns it; the
 * prior order when the same request already finished; a 409 while that request is still running.
 */
export async function claimKey(tx: CheckoutTx, ref: KeyRef): Promise<Order | undefined> {
  const claimed = await tx.insert(idempotencyKeys).values(ref).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (claimed.length) return undefined;
  const [prior] = await tx.select().from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.customerId, ref.customerId), eq(idempotencyKeys.key, ref.key))).limit(1);
  if (!prior || prior.requestHash !== ref.requestHash) throw reused();
  const order = prior.orderId ? await findOrder(tx, prior.orderId) : undefined;
  if (!order) throw new HttpError(409, 'conflict', 'a checkout with this key is still in progress');
  return answered(order);
}

/** Ties the claimed key to the order it made, in the same transaction. */
export async function spendKey(tx: CheckoutTx, ref: KeyRef, orderId: string): Promise<void> {
  await tx.update(idempotencyKeys).set({ orderId })
    .where(and(eq(idempotencyKeys.customerId, ref.customerId), eq(idempotencyKeys.key, ref.key)));
}
