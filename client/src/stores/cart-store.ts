import { createStore } from 'zustand/vanilla';
import type { Cart } from '../../../shared/cart/cart';
import type { CartCommand } from '../../../shared/cart/cart-command';
import type { Fulfilment } from '../../../shared/cart/fulfilment';
import type { Channel } from '../../../shared/channel';
import { cartApi } from '../api/cart-api';
import { ApiError, isApiError } from '../api/api-error';
import { sessionStore } from './session-store';
import { rebaseCartCommands } from './rebase-cart-commands';
import { openCartStream, type CartStream } from './cart-stream';

export interface SendOptions {
  /** `X-Channel` of this change (`ar` from the AR overlay); defaults to the app's channel. */
  channel?: Channel;
  /**
   * Version the change was decided on. Defaults to the version on screen, so a change made on a
   * stale view is checked; `null` applies the change to whatever is current.
   */
  expectedVersion?: number | null;
  /** After a conflict, which commands still make sense against the fresh cart (default: {@link rebaseCartCommands}). */
  rebase?: (commands: CartCommand[], fresh: Cart) => CartCommand[];
  /** Sent as `Idempotency-Key`, so a batch replayed after a lost answer (the offline queue) is applied once. */
  idempotencyKey?: string;
}

export interface CartState {
  cart: Cart | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** State of the live event stream. */
  live: 'off' | 'connecting' | 'open' | 'retrying';
  /** Commands in flight, for spinners. */
  pending: number;
  error: ApiError | null;
  /** Fetches (or creates) the customer's active cart and opens its live stream. Idempotent. */
  load(): Promise<Cart>;
  /**
   * Resolves once no command is in flight, so what follows (checkout) sees every change the customer
   * made; after `maxMs` at the latest, so a request the network never answers cannot hold it forever.
   */
  settled(maxMs?: number): Promise<void>;
  /** Applies commands atomically; resolves with the new cart or throws ApiError (insufficient_stock, invalid...). */
  send(commands: CartCommand[], opts?: SendOptions): Promise<Cart>;
  /** @example await cartStore.getState().addLine('sofa-oslo-3', { variantId: 'sauge', channel: 'ar' }) */
  addLine(productId: string, opts?: { qty?: number; variantId?: string; fulfilment?: Fulfilment } & SendOptions): Promise<Cart>;
  /** Takes a cart from anywhere (stream, conflict answer, another store) if it is newer than ours. */
  receive(cart: Cart): void;
  /** Closes the stream (tests, sign-out). */
  stop(): void;
  /** Fetches the active cart again and (re)opens its stream, e.g. when the network comes back after an offline start. */
  refresh(): Promise<Cart>;
}

const SHIP: Fulfilment = { type: 'ship' };
let stream: CartStream | null = null;
let loading: Promise<Cart> | null = null;
/** Set by {@link followCustomerCart}: the app wants the cart whenever the session is a customer's. */
let following = false;

/**
 * The session's active cart. A sign-in or sign-out while the request was out means that cart was
 * the previous identity's (a stream opened on it would only be refused): ask again.
 */
async function activeCartOfThisIdentity(): Promise<Cart> {
  for (;;) {
    await sessionStore.getState().start();
    const generation = sessionStore.getState().generation;
    const cart = await cartApi.active();
    if (sessionStore.getState().generation === generation) return cart;
  }
}

/** Staff (advisors, clerks, admins) have no cart of their own: they work on customers' carts. */
const isCustomerSession = () => sessionStore.getState().user?.role === 'customer';

/**
 * The customer's active cart, kept live from the server's event stream. Vanilla zustand store:
 * read it with `useCart(s => s.cart)`, change it with `cartStore.getState().send([...])`.
 */
export const cartStore = createStore<CartState>((set, get) => {
  const connect = (cart: Cart) => {
    if (stream?.cartId === cart.id) return;
    stream?.close();
    stream = openCartStream(cart.id, () => get().cart?.version, {
      onCart: (c) => get().receive(c),
      onState: (live) => set({ live }),
      // The stream was refused (expired session, cart gone): find the active cart again.
      onFatal: () => {
        stream = null;
        void reload();
      },
    });
  };

  const reload = (): Promise<Cart> => {
    loading ??= (async () => {
      set({ status: get().cart ? get().status : 'loading' });
      try {
        const cart = await activeCartOfThisIdentity();
        set({ cart, status: 'ready', error: null });
        connect(cart);
        return cart;
      } catch (e) {
        set({ status: 'error', error: e instanceof ApiError ? e : new ApiError(0, 'network', String(e)) });
        throw e;
      } finally {
        loading = null;
      }
    })();
    return loading;
  };

  return {
    cart: null,
    status: 'idle',
    live: 'off',
    pending: 0,
    error: null,

    load() {
      const c = get().cart;
      if (c && c.status === 'active') return Promise.resolve(c);
      return reload();
    },

    receive(c) {
      const cur = get().cart;
      if (cur && c.id === cur.id && c.version <= cur.version) return;
      if (cur && c.id !== cur.id && c.status !== 'active') return;
      set({ cart: c });
      // A checked-out or merged cart is history: the customer now has another active cart. Its
      // stream goes at once: reopened under the new identity it would only be refused (403).
      if (c.status !== 'active') {
        if (stream?.cartId === c.id) {
          stream.close();
          stream = null;
        }
        void reload();
      }
    },

    settled(maxMs = 15_000) {
      if (get().pending === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          off();
          clearTimeout(timer);
          resolve();
        };
        const off = cartStore.subscribe((st) => st.pending === 0 && done());
        const timer = setTimeout(done, maxMs);
      });
    },

    async send(commands, opts = {}) {
      // Counted from the first moment, so a checkout started right after this call waits for it.
      set({ pending: get().pending + 1 });
      try {
        const cart = await get().load();
        const expected = opts.expectedVersion === undefined ? cart.version : (opts.expectedVersion ?? undefined);
        const next = await cartApi.commands(cart.id, commands, expected, opts.channel, opts.idempotencyKey);
        get().receive(next);
        set({ error: null });
        return next;
      } catch (e) {
        if (isApiError(e, 'version_conflict') && isCart(e.body.cart)) {
          const fresh = e.body.cart;
          get().receive(fresh);
          const again = (opts.rebase ?? rebaseCartCommands)(commands, fresh);
          if (!again.length) return fresh;
          const next = await cartApi.commands(fresh.id, again, fresh.version, opts.channel);
          get().receive(next);
          return next;
        }
        if (isApiError(e, 'cart_closed')) {
          // Checked out on another device meanwhile: additions go to the new cart, line edits are moot.
          const fresh = await reload();
          const adds = commands.filter((c) => c.type === 'addLine');
          if (adds.length) return get().send(adds, { ...opts, expectedVersion: fresh.version });
          return fresh;
        }
        if (e instanceof ApiError) set({ error: e });
        throw e;
      } finally {
        set({ pending: get().pending - 1 });
      }
    },

    addLine(productId, { qty = 1, variantId, fulfilment = SHIP, ...opts } = {}) {
      return get().send([{ type: 'addLine', productId, qty, fulfilment, ...(variantId ? { variantId } : {}) }], {
        // Adding does not depend on what was on screen: apply it to the current cart.
        expectedVersion: null,
        ...opts,
      });
    },

    refresh() {
      stream?.close();
      stream = null;
      return reload();
    },

    stop() {
      stream?.close();
      stream = null;
      set({ live: 'off' });
    },
  };
});

function isCart(x: unknown): x is Cart {
  return !!x && typeof x === 'object' && 'id' in x && 'version' in x && 'lines' in x;
}

/**
 * Loads the active cart and keeps it loaded across sign-ins and sign-outs, whenever the session is a
 * customer's (a guest's included). A staff session has no cart of its own (`POST /api/carts` answers
 * 403): the store then stays empty and idle, and fills as soon as the device is a customer's again.
 * The app calls it once at start.
 *
 * @example useEffect(() => void followCustomerCart().catch(() => undefined), []);
 */
export async function followCustomerCart(): Promise<Cart | null> {
  following = true;
  await sessionStore.getState().start();
  return isCustomerSession() ? cartStore.getState().load() : null;
}

// Another identity (sign-in, sign-out, device link) means another cart, or none for staff.
sessionStore.subscribe((s, prev) => {
  if (s.generation === prev.generation) return;
  const st = cartStore.getState();
  if (st.status === 'idle' && !following) return;
  st.stop();
  if (!isCustomerSession()) {
    cartStore.setState({ cart: null, status: 'idle', error: null });
    return;
  }
  cartStore.setState({ cart: null, status: 'loading' });
  void st.load().catch(() => undefined);
});
