import { and, eq, sql } from 'drizzle-orm';
import type { CheckoutTx } from '../orders/checkout';
import type { Order } from '../../shared/orders/order';
import { orderReservations } from '../db/schema/commerce';
import { stockMovements } from '../db/schema/stores';
import { queryRows } from '../db/query-rows';
import { takeNowPlan } from '../../shared/pos/take-now-plan';

/**
 * Inside the till's checkout transaction: the "take now" units leave the shelf at once. Their
 * reservation (just made by checkout) is settled like a hand-over at the desk: reserved and on hand
 * both go down, and the order no longer holds them.
 */
export async function handOverTakeNow(tx: CheckoutTx, order: Order, storeId: string, clerkId: string) {
  const plan = takeNowPlan(order.lines, storeId);
  for (const { productId, qty } of plan.products) {
    const [taken] = await queryRows<{ on_hand: number }>(tx, sql`
      update stock set reserved = reserved - ${qty}, on_hand = on_hand - ${qty}, updated_at = now()
      where product_id = ${productId} and location_id = ${storeId} and reserved >= ${qty} and on_hand >= ${qty}
      returning on_hand`);
    if (!taken) throw new Error(`stock row ${productId}@${storeId} does not hold order ${order.id}'s take-now units`);
    const whole = await tx.delete(orderReservations)
      .where(and(eq(orderReservations.orderId, order.id), eq(orderReservations.productId, productId), eq(orderReservations.locationId, storeId), eq(orderReservations.qty, qty)))
      .returning({ qty: orderReservations.qty });
    if (!whole.length) {
      await tx.update(orderReservations).set({ qty: sql`${orderReservations.qty} - ${qty}` })
        .where(and(eq(orderReservations.orderId, order.id), eq(orderReservations.productId, productId), eq(orderReservations.locationId, storeId)));
    }
    await tx.insert(stockMovements).values({ locationId: storeId, productId, kind: 'till_sale', delta: -qty, onHandAfter: taken.on_hand, byUserId: clerkId, orderId: order.id });
  }
  return plan;
}
