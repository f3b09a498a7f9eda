import { createStore } from 'zustand/vanilla';
import type { StorePickups } from '../../api/store-api';
import { storeApi } from '../../api/store-api';
import { openFeed, type Feed, type FeedState } from '../../api/open-feed';

export interface DeskState {
  storeId: string | null;
  pickups: StorePickups | null;
  live: FeedState | 'off';
  follow(storeId: string): void;
  stop(): void;
}

let feed: Feed | null = null;

/**
 * The store's pickup list, pushed by the server (server-sent events) as orders are placed, made
 * ready, collected or released, from any till, any channel or the nightly release.
 */
export const deskStore = createStore<DeskState>((set, get) => ({
  storeId: null,
  pickups: null,
  live: 'off',
  follow(storeId) {
    if (feed && get().storeId === storeId) return;
    feed?.close();
    set({ storeId, pickups: null });
    feed = openFeed<StorePickups>(storeApi.pickupsEventsPath(storeId), 'pickups', (pickups) => set({ pickups }), (live) => set({ live }));
  },
  stop() {
    feed?.close();
    feed = null;
    set({ live: 'off', storeId: null });
  },
}));
