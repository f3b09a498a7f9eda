import type { Services } from '../app/services';
import type { Order } from '../../shared/orders/order';

/** Feed topics ride the cart bus (in process, LISTEN/NOTIFY or Redis) under ids no cart can have. */
export const ordersTopic = (customerId: string) => `feed:orders:${customerId}`;
export const pickupsTopic = (storeId: string) => `feed:pickups:${storeId}`;

/**
 * Tells open feeds that an order was placed or moved: the customer's order list and the pickup
 * desk of every store the order touches. Call after commit; a lost message is caught up by the
 * feeds' slow poll.
 *
 * @example announceOrder(services, order)
 */
export function announceOrder(s: Pick<Services, 'bus' | 'log'>, order: Pick<Order, 'customerId' | 'lines'> & { pickupStoreId?: string | null }): void {
  const stores = new Set(order.lines.flatMap((l) => (l.fulfilment.type === 'pickup' ? [l.fulfilment.locationId] : [])));
  if (order.pickupStoreId) stores.add(order.pickupStoreId);
  const topics = [ordersTopic(order.customerId), ...[...stores].map(pickupsTopic)];
  for (const cartId of topics) {
    s.bus.publish({ cartId, version: 0 }).catch((err) => s.log.warn({ err, topic: cartId }, 'order feed not told'));
  }
}
