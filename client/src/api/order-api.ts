import type { Order } from '../../../shared/orders/order';
import type { TimelineEvent, ClientTimelineEvent } from '../../../shared/timeline/timeline-event';
import type { Channel } from '../../../shared/channel';
import { apiRequest } from './api-client';

export const orderApi = {
  get: (id: string) => apiRequest<Order>(`/orders/${encodeURIComponent(id)}`),
  mine: () => apiRequest<{ items: Order[] }>('/customers/me/orders'),
  timeline: () => apiRequest<{ items: TimelineEvent[] }>('/customers/me/timeline'),
  /** Records a view as a touch point; failures are not the customer's problem, so callers may ignore them. */
  recordEvent: (e: ClientTimelineEvent, channel?: Channel) =>
    apiRequest<{ ok: true }>('/events', { method: 'POST', body: e, channel }),
};
