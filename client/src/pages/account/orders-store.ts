import { createStore } from 'zustand/vanilla';
import type { Order } from '../../../../shared/orders/order';
import { openFeed, type Feed, type FeedState } from '../../api/open-feed';
import { sessionStore } from '../../stores/session-store';

export interface OrdersState {
  orders: Order[] | null;
  live: FeedState | 'off';
  /** Follows the signed-in customer's orders (placed, ready for pickup, collected...) live. */
  start(): void;
  stop(): void;
}

let feed: Feed | null = null;
let users = 0;

/**
 * The customer's orders, pushed by the server whenever one is placed or moves, so "ready for
 * pickup" shows on every open page without a reload.
 *
 * @example useEffect(() => { ordersStore.getState().start(); return () => ordersStore.getState().stop(); }, [])
 */
export const ordersStore = createStore<OrdersState>((set) => {
  const connect = () => {
    feed?.close();
    feed = openFeed<{ items: Order[] }>('/api/customers/me/orders/events', 'orders', (d) => set({ orders: d.items }), (live) => set({ live }));
  };
  // Another identity, other orders.
  sessionStore.subscribe((s, prev) => {
    if (s.generation === prev.generation || !feed) return;
    set({ orders: null });
    if (s.user?.role === 'customer') connect();
    else {
      feed.close();
      feed = null;
      set({ live: 'off' });
    }
  });
  return {
    orders: null,
    live: 'off',
    start() {
      users++;
      if (!feed) connect();
    },
    stop() {
      users = Math.max(0, users - 1);
      if (users === 0) {
        feed?.close();
        feed = null;
        set({ live: 'off' });
      }
    },
  };
});
