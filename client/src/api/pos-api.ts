import type { Cart } from '../../../shared/cart/cart';
import type { Order } from '../../../shared/orders/order';
import type { CancelPickupPartRequest } from '../../../shared/orders/part-cancellation';
import type { CustomerSummary, TillCheckoutResponse, TillPayment } from '../../../shared/pos/till-api';
import type { TimelineEvent } from '../../../shared/timeline/timeline-event';
import { apiRequest } from './api-client';

/** The till: open a customer's cart, serve walk-ins, take payment, hand pickups over. */
export const posApi = {
  /** Redeems the code the customer shows (typed or scanned). */
  redeem: (code: string) => apiRequest<Cart>(`/handoff/${encodeURIComponent(code)}`, { method: 'POST', channel: 'store' }),
  walkIn: () => apiRequest<Cart>('/pos/walk-in', { method: 'POST', channel: 'store' }),
  customer: (id: string) => apiRequest<CustomerSummary>(`/pos/customers/${encodeURIComponent(id)}`, { channel: 'store' }),
  timeline: (customerId: string) => apiRequest<{ items: TimelineEvent[] }>(`/customers/${encodeURIComponent(customerId)}/timeline`),
  /** One key per payment attempt: retrying after a lost answer never charges twice. */
  /** `token`: what the payment provider's terminal answered for the presented card. */
  pay: (cartId: string, token: string, key: string, expectedVersion?: number) =>
    apiRequest<TillCheckoutResponse>(`/pos/carts/${encodeURIComponent(cartId)}/checkout`, {
      method: 'POST',
      channel: 'store',
      body: { token, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      headers: { 'Idempotency-Key': key },
    }),
  markReady: (orderId: string) => apiRequest<Order>(`/orders/${encodeURIComponent(orderId)}/status`, { method: 'POST', channel: 'store', body: { status: 'ready_for_pickup' } }),
  /** The desk cancels its store's part of the order (not handed over), with the reason. */
  cancelPart: (orderId: string, body: CancelPickupPartRequest) =>
    apiRequest<Order>(`/pos/orders/${encodeURIComponent(orderId)}/cancel-part`, { method: 'POST', channel: 'store', body }),
  handOver: (orderId: string, pickupCode: string, token?: string) =>
    apiRequest<{ order: Order; payment?: TillPayment }>(`/pos/orders/${encodeURIComponent(orderId)}/handover`, {
      method: 'POST',
      channel: 'store',
      body: { pickupCode, ...(token ? { token } : {}) },
    }),
};
