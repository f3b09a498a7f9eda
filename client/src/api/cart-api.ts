import type { Cart } from '../../../shared/cart/cart';
import type { CartCommand } from '../../../shared/cart/cart-command';
import type { Channel } from '../../../shared/channel';
import type { Order, PaymentMethod } from '../../../shared/orders/order';
import type { Handoff } from '../../../shared/http/api-schemas';
import type { Contact, ShippingAddress } from '../../../shared/delivery/delivery-schemas';
import { apiRequest } from './api-client';

/** Who to tell and where to deliver, sent with the payment. */
export interface CheckoutDetails {
  contact?: Contact;
  shippingAddress?: ShippingAddress;
}

export const cartApi = {
  /** The caller's active cart, created on first call. */
  active: (channel?: Channel) => apiRequest<Cart>('/carts', { method: 'POST', channel }),
  get: (id: string) => apiRequest<Cart>(`/carts/${encodeURIComponent(id)}`),
  /** With an `idempotencyKey`, a replay of the same batch (offline queue, lost answer) is applied once. */
  commands: (id: string, commands: CartCommand[], expectedVersion?: number, channel?: Channel, idempotencyKey?: string) =>
    apiRequest<Cart>(`/carts/${encodeURIComponent(id)}/commands`, {
      method: 'POST',
      body: expectedVersion === undefined ? { commands } : { expectedVersion, commands },
      channel,
      ...(idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {}),
    }),
  /** The same `idempotencyKey` must be reused when retrying one purchase attempt. */
  checkout: (id: string, payment: PaymentMethod, idempotencyKey: string, expectedVersion?: number, channel?: Channel, token?: string, details?: CheckoutDetails) =>
    apiRequest<Order>(`/carts/${encodeURIComponent(id)}/checkout`, {
      method: 'POST',
      body: { payment: { method: payment, ...(token ? { token } : {}) }, ...(expectedVersion === undefined ? {} : { expectedVersion }), ...details },
      headers: { 'Idempotency-Key': idempotencyKey },
      channel,
    }),
  handoff: (id: string) => apiRequest<Handoff>(`/carts/${encodeURIComponent(id)}/handoff`, { method: 'POST' }),
};
