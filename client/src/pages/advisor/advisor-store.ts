import { createStore } from 'zustand/vanilla';
import type { Cart } from '../../../../shared/cart/cart';
import type { CartCommand } from '../../../../shared/cart/cart-command';
import type { Fulfilment } from '../../../../shared/cart/fulfilment';
import type { HelpRequestView } from '../../../../shared/room/help';
import { apiRequest } from '../../api/api-client';
import { openFeed, type Feed, type FeedState } from '../../api/open-feed';
import { sessionStore } from '../../stores/session-store';
import { roomStore } from '../../room/room-store';

export interface Serving {
  request: HelpRequestView;
  sessionId: string;
  roomId: string;
  cartId: string;
}

export interface AdvisorState {
  queue: HelpRequestView[];
  live: FeedState;
  serving: Serving | null;
  /** The served customer's cart, live. */
  cart: Cart | null;
  laser: boolean;
  busy: string | null;
  error: string | null;
  start(): void;
  stop(): void;
  accept(id: string): Promise<void>;
  /** Hands the customer back to the head of the queue. */
  release(): Promise<void>;
  end(): Promise<void>;
  /** Adds through the normal cart API, channel `advisor` (allowed while the session grants the cart). */
  addToCart(productId: string, qty?: number): Promise<void>;
  /** Home delivery, courier or a store's pickup for one line, as the customer could choose it on the cart page. */
  setFulfilment(lineId: string, fulfilment: Fulfilment): Promise<void>;
  setLaser(on: boolean): void;
}

let queueFeed: Feed | null = null;
let cartStream: EventSource | null = null;

function followCart(cartId: string, set: (s: Partial<AdvisorState>) => void, get: () => AdvisorState) {
  cartStream?.close();
  const token = sessionStore.getState().token ?? '';
  cartStream = new EventSource(`/api/carts/${encodeURIComponent(cartId)}/events?token=${encodeURIComponent(token)}`);
  cartStream.addEventListener('cart', (e) => {
    const cart = JSON.parse((e as MessageEvent<string>).data) as Cart;
    const held = get().cart;
    if (!held || cart.id !== held.id || cart.version > held.version) set({ cart });
  });
}

/** Through the normal cart API, channel `advisor`: allowed while the session grants the cart. */
async function sendToServedCart(commands: CartCommand[], set: (s: Partial<AdvisorState>) => void, get: () => AdvisorState) {
  const s = get().serving;
  if (!s) return;
  set({ error: null });
  try {
    const cart = await apiRequest<Cart>(`/carts/${encodeURIComponent(s.cartId)}/commands`, { method: 'POST', channel: 'advisor', body: { commands } });
    const held = get().cart;
    if (!held || cart.version > held.version) set({ cart });
  } catch (e) {
    set({ error: (e as Error).message });
  }
}

/**
 * The advisor console's state: the live help queue, the customer being served (their session
 * room, their cart live), and the advisor's actions on it.
 *
 * @example advisorStore.getState().start(); await advisorStore.getState().accept(requestId);
 */
export const advisorStore = createStore<AdvisorState>((set, get) => ({
  queue: [],
  live: 'closed',
  serving: null,
  cart: null,
  laser: false,
  busy: null,
  error: null,
  start() {
    queueFeed?.close();
    queueFeed = openFeed<{ items: HelpRequestView[] }>('/api/help/queue/events', 'queue', (d) => set({ queue: d.items }), (live) => set({ live }));
  },
  stop() {
    queueFeed?.close();
    queueFeed = null;
    cartStream?.close();
    cartStream = null;
  },
  async accept(id) {
    set({ busy: id, error: null });
    try {
      const r = await apiRequest<{ request: HelpRequestView; session: { id: string }; roomId: string; cartId: string }>(`/help/requests/${encodeURIComponent(id)}/accept`, { method: 'POST', channel: 'advisor' });
      set({ serving: { request: r.request, sessionId: r.session.id, roomId: r.roomId, cartId: r.cartId }, cart: null });
      followCart(r.cartId, set, get);
      await roomStore.getState().joinSession(r.session.id);
    } catch (e) {
      set({ error: (e as Error).message });
    } finally {
      set({ busy: null });
    }
  },
  async release() {
    const s = get().serving;
    if (!s) return;
    await apiRequest(`/help/requests/${encodeURIComponent(s.request.id)}/release`, { method: 'POST', channel: 'advisor' }).catch(() => undefined);
    await roomStore.getState().leave();
    cartStream?.close();
    set({ serving: null, cart: null, laser: false });
  },
  async end() {
    const s = get().serving;
    if (!s) return;
    await apiRequest(`/sessions/${encodeURIComponent(s.sessionId)}/end`, { method: 'POST', channel: 'advisor' }).catch(() => undefined);
    cartStream?.close();
    set({ serving: null, laser: false });
  },
  addToCart(productId, qty = 1) {
    return sendToServedCart([{ type: 'addLine', productId, qty, fulfilment: { type: 'ship' } }], set, get);
  },
  setFulfilment(lineId, fulfilment) {
    return sendToServedCart([{ type: 'setFulfilment', lineId, fulfilment }], set, get);
  },
  setLaser(on) {
    set({ laser: on });
    if (!on) roomStore.getState().send('laser', { on: false });
  },
}));
