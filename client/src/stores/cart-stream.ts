import type { Cart } from '../../../shared/cart/cart';
import { cartEventsUrl } from '../api/api-client';
import { followSharedEventStream } from '../api/shared-event-stream';

export interface CartStream {
  cartId: string;
  close(): void;
}

export interface CartStreamHandlers {
  onCart(cart: Cart): void;
  onState(state: 'connecting' | 'open' | 'retrying'): void;
  /** The server refused the stream several times in a row (bad token, no access, cart gone). */
  onFatal(): void;
}

/**
 * Follows `/api/carts/:id/events`, reopening from the version held (Last-Event-ID semantics) after
 * the server refused or the page slept.
 *
 * @example const s = openCartStream(id, () => cart.version, { onCart, onState, onFatal })
 */
export function openCartStream(cartId: string, version: () => number | undefined, h: CartStreamHandlers): CartStream {
  // One stream per cart for the whole browser, however many tabs show it.
  const close = followSharedEventStream<Cart>(`cart:${cartId}`, {
    url: () => cartEventsUrl(cartId, version()),
    event: 'cart',
    onData: h.onCart,
    onState: h.onState,
    onGiveUp: h.onFatal,
    maxFailures: 4,
  });
  return { cartId, close };
}
