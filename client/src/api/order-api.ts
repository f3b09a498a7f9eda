import type { Order } from '../../../shared/orders/order';
import type { TimelineEvent, ClientTimelineEvent } from '../../../shared/timeline/timeline-event';
import type { Channel } from '../../../shared/channel';
import type { DeliveryQuote, ShippingAddress } from '../../../shared/delivery/delivery-schemas';
import { apiRequest } from './api-client';

export const orderApi = {
  get: (id: string) => apiRequest<Order>(`/orders/${encodeURIComponent(id)}`),
  mine: () => apiRequest<{ items: Order[] }>('/customers/me/orders'),
  /** Fees, promised dates and totals for the cart delivered to the address typed so far (checkout charges these). */
  deliveryQuote: (cartId: string, address: Partial<ShippingAddress>, signal?: AbortSignal) =>
    apiRequest<DeliveryQuote>(`/carts/${encodeURIComponent(cartId)}/delivery-quote`, { method: 'POST', body: { shippingAddress: address }, signal }),
  /** A signed-in customer's past delivery addresses, latest first. */
  savedAddresses: () => apiRequest<{ items: ShippingAddress[] }>('/customers/me/addresses'),
  timeline: () => apiRequest<{ items: TimelineEvent[] }>('/customers/me/timeline'),
  /** Records a view as a touch point; failures are not the customer's problem, so callers may ignore them. */
  recordEvent: (e: ClientTimelineEvent, channel?: Channel) =>
    apiRequest<{ ok: true }>('/events', { method: 'POST', body: e, channel }),
};
