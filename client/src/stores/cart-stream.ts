import type { Cart } from '../../../shared/cart/cart';
import { cartEventsUrl } from '../api/api-client';

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

const MAX_BACKOFF_MS = 15_000;
const FATAL_AFTER = 4;

/**
 * Follows `/api/carts/:id/events`. The browser reconnects by itself after network drops (sending
 * Last-Event-ID); when the server answers with an error status the EventSource closes for good, so
 * this reopens it with back-off from the version we hold, and gives up to `onFatal` after a few tries.
 *
 * @example const s = openCartStream(id, () => cart.version, { onCart, onState, onFatal })
 */
export function openCartStream(cartId: string, version: () => number | undefined, h: CartStreamHandlers): CartStream {
  let es: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const open = () => {
    if (closed) return;
    h.onState(failures ? 'retrying' : 'connecting');
    es = new EventSource(cartEventsUrl(cartId, version()));
    es.addEventListener('cart', (ev) => {
      failures = 0;
      try {
        h.onCart(JSON.parse((ev as MessageEvent<string>).data) as Cart);
      } catch {
        /* a malformed event is skipped; the next one carries the whole cart anyway */
      }
    });
    es.onopen = () => {
      failures = 0;
      h.onState('open');
    };
    es.onerror = () => {
      if (!es || es.readyState !== EventSource.CLOSED) {
        h.onState('retrying');
        return;
      }
      es = null;
      failures++;
      if (failures >= FATAL_AFTER) {
        closed = true;
        h.onFatal();
        return;
      }
      h.onState('retrying');
      timer = setTimeout(open, Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures));
    };
  };

  // Phones freeze background tabs: when the page comes back, make sure the stream is alive.
  const wake = () => {
    if (document.visibilityState === 'visible' && !es && !closed) {
      clearTimeout(timer);
      open();
    }
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  open();

  return {
    cartId,
    close() {
      closed = true;
      clearTimeout(timer);
      es?.close();
      es = null;
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
    },
  };
}
