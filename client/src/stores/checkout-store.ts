import { createStore } from 'zustand/vanilla';
import type { Cart } from '../../../shared/cart/cart';
import type { Order, PaymentMethod } from '../../../shared/orders/order';
import { cartApi, type CheckoutDetails } from '../api/cart-api';
import { ApiError, isApiError } from '../api/api-error';
import { cartStore } from './cart-store';

const KEY = 'vitrine.checkout-attempt';

/** One purchase attempt: the same key is sent again on every retry of it, so it is charged at most once. */
interface Attempt {
  key: string;
  cartId: string;
  version: number;
  method: PaymentMethod;
  /** The payment provider's one-time card token (the card number never reaches Vitrine). */
  token?: string;
  /** Contact and address as sent: another address is another request, so another key. */
  details?: CheckoutDetails;
}

export interface CheckoutState {
  status: 'idle' | 'paying' | 'error' | 'done';
  error: ApiError | null;
  order: Order | null;
  /** Pays for the cart as shown. Retrying after a failure reuses the attempt's Idempotency-Key. */
  pay(method: PaymentMethod, token?: string, details?: CheckoutDetails): Promise<Order | null>;
  /** Back to the cart (after reading the confirmation or an error). */
  reset(): void;
}

function loadAttempt(): Attempt | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Attempt) : null;
  } catch {
    return null;
  }
}
function saveAttempt(a: Attempt | null) {
  try {
    if (a) sessionStorage.setItem(KEY, JSON.stringify(a));
    else sessionStorage.removeItem(KEY);
  } catch {
    /* the key lives in memory only */
  }
}

/**
 * Checkout with an idempotency key per attempt: a new key when the cart or the payment method
 * changed since the last try, the same key otherwise (also across a reload, via sessionStorage),
 * so a lost answer can be retried without paying twice.
 *
 * @example const order = await checkoutStore.getState().pay('card')
 */
export const checkoutStore = createStore<CheckoutState>((set, get) => ({
  status: 'idle',
  error: null,
  order: null,

  async pay(method, token, details) {
    if (get().status === 'paying') return null;
    const afterLostAnswer = get().error?.retryable ?? false;
    set({ status: 'paying', error: null });
    // A change still on its way (the "bring down to 2" the customer just tapped) belongs to what they pay for.
    await cartStore.getState().settled();
    let cart: Cart;
    try {
      cart = cartStore.getState().cart ?? (await cartStore.getState().load());
    } catch (e) {
      set({ status: 'error', error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)) });
      return null;
    }
    let attempt = loadAttempt();
    // A retry after a lost answer replays the same request (same cart version, same key), even if
    // the live stream has meanwhile shown the cart as checked out: the server then answers with the order.
    const retry = attempt && attempt.method === method && attempt.token === token && JSON.stringify(attempt.details ?? null) === JSON.stringify(details ?? null) && (afterLostAnswer || (attempt.cartId === cart.id && attempt.version === cart.version));
    if (!attempt || !retry) {
      attempt = { key: crypto.randomUUID(), cartId: cart.id, version: cart.version, method, ...(token ? { token } : {}), ...(details ? { details } : {}) };
      saveAttempt(attempt);
    }
    try {
      const order = await cartApi.checkout(attempt.cartId, method, attempt.key, attempt.version, undefined, attempt.token, attempt.details);
      saveAttempt(null);
      set({ status: 'done', order });
      // The cart is now checked out: the store fetches the new, empty active cart.
      void cartStore.getState().load().catch(() => undefined);
      return order;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      if (isApiError(err, 'version_conflict') && err.body.cart) cartStore.getState().receive(err.body.cart as never);
      // Refused for good (stock, conflict, invalid): the next try is a new attempt with a new key.
      if (!err.retryable) saveAttempt(null);
      set({ status: 'error', error: err });
      return null;
    }
  },

  reset() {
    set({ status: 'idle', error: null, order: null });
  },
}));
