import { createStore } from 'zustand/vanilla';
import { presentCard } from './sim-terminal';
import type { Cart } from '../../../../shared/cart/cart';
import type { CartCommand } from '../../../../shared/cart/cart-command';
import type { CustomerSummary, TillCheckoutResponse, TillPayment } from '../../../../shared/pos/till-api';
import { cartApi } from '../../api/cart-api';
import { posApi } from '../../api/pos-api';
import { ApiError, isApiError } from '../../api/api-error';
import { apiErrorText } from '../../api/api-error-text';
import { localeStore } from '../../stores/locale-store';
import { openCartStream, type CartStream } from '../../stores/cart-stream';
import { rebaseCartCommands } from '../../stores/rebase-cart-commands';

export type TillNotice =
  | { kind: 'error'; message: string }
  | { kind: 'conflict' }
  | { kind: 'short'; lines: { productId: string; available: number }[] }
  | { kind: 'declined'; payment: TillPayment | null; reason: string };

export interface TillState {
  cart: Cart | null;
  customer: CustomerSummary | null;
  live: 'off' | 'connecting' | 'open' | 'retrying';
  busy: boolean;
  paying: boolean;
  notice: TillNotice | null;
  receipt: TillCheckoutResponse | null;
  /** Opens the cart behind the code the customer shows (typed or scanned). */
  open(code: string): Promise<void>;
  /** A customer without the app: a fresh cart served by this till. */
  walkIn(): Promise<void>;
  /** Applies commands to the open cart as seen on screen; a concurrent change by the customer is merged once. */
  send(commands: CartCommand[]): Promise<void>;
  /** Charges the cart's total on the terminal and completes the order. */
  pay(card: string): Promise<void>;
  /** Back to an empty till (next customer). */
  close(): void;
}

let stream: CartStream | null = null;
/** One payment attempt keeps its key across retries of a lost answer, so it is never charged twice. */
let attempt: { key: string; cartId: string; version: number } | null = null;

function toNotice(e: unknown): TillNotice {
  if (isApiError(e, 'insufficient_stock')) {
    return { kind: 'short', lines: ((e.body.lines as { productId: string; available: number }[]) ?? []).map((l) => ({ productId: l.productId, available: l.available })) };
  }
  return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
}

/**
 * The till's session with one customer's cart: opened by handoff code or as a walk-in, kept live
 * from the same event stream the customer's phone follows, changed with versioned commands, paid on
 * the terminal. Vanilla zustand store: `useStore(tillStore, selector)` in React.
 *
 * @example await tillStore.getState().open('K7P2QX'); await tillStore.getState().pay(TEST_CARDS.approved)
 */
export const tillStore = createStore<TillState>((set, get) => {
  const receive = (c: Cart) => {
    const cur = get().cart;
    if (cur && (c.id !== cur.id || c.version <= cur.version)) return;
    set({ cart: c });
  };
  const follow = (cart: Cart) => {
    stream?.close();
    set({ cart, live: 'connecting', notice: null, receipt: null });
    stream = openCartStream(cart.id, () => get().cart?.version, {
      onCart: receive,
      onState: (live) => set({ live }),
      onFatal: () => set({ live: 'off', notice: { kind: 'error', message: apiErrorText(localeStore.getState().locale, 'forbidden') } }),
    });
    void posApi.customer(cart.customerId).then((customer) => set({ customer })).catch(() => set({ customer: null }));
  };
  const run = async (work: () => Promise<void>) => {
    set({ busy: true });
    try {
      await work();
    } catch (e) {
      set({ notice: toNotice(e) });
    } finally {
      set({ busy: false });
    }
  };

  return {
    cart: null,
    customer: null,
    live: 'off',
    busy: false,
    paying: false,
    notice: null,
    receipt: null,

    open: (code) => run(async () => follow(await posApi.redeem(code))),
    walkIn: () => run(async () => follow(await posApi.walkIn())),

    send: (commands) =>
      run(async () => {
        const cart = get().cart;
        if (!cart) return;
        set({ notice: null });
        try {
          receive(await cartApi.commands(cart.id, commands, cart.version, 'store'));
        } catch (e) {
          if (!isApiError(e, 'version_conflict') || !e.body.cart) throw e;
          const fresh = e.body.cart as Cart;
          receive(fresh);
          const again = rebaseCartCommands(commands, fresh);
          if (again.length) receive(await cartApi.commands(fresh.id, again, fresh.version, 'store'));
        }
      }),

    async pay(card) {
      const cart = get().cart;
      if (!cart || get().paying) return;
      if (!attempt || attempt.cartId !== cart.id || attempt.version !== cart.version) {
        attempt = { key: crypto.randomUUID(), cartId: cart.id, version: cart.version };
      }
      set({ paying: true, notice: null });
      try {
        const receipt = await posApi.pay(cart.id, await presentCard(card), attempt.key, cart.version);
        attempt = null;
        set({ receipt });
      } catch (e) {
        if (isApiError(e, 'payment_failed')) {
          set({ notice: { kind: 'declined', payment: (e.body.payment as TillPayment) ?? null, reason: String(e.body.reason ?? '') } });
        } else if (isApiError(e, 'version_conflict')) {
          if (e.body.cart) receive(e.body.cart as Cart);
          set({ notice: { kind: 'conflict' } });
        } else {
          // A lost answer keeps the attempt (and its key) for a safe retry; any refusal starts a new one.
          if (!(e instanceof ApiError && e.retryable)) attempt = null;
          set({ notice: toNotice(e) });
        }
      } finally {
        set({ paying: false });
      }
    },

    close() {
      stream?.close();
      stream = null;
      attempt = null;
      set({ cart: null, customer: null, live: 'off', notice: null, receipt: null });
    },
  };
});
