import { createStore } from 'zustand/vanilla';

export interface AppChannelState {
  online: boolean;
  /** Cart change batches waiting for the network. */
  queued: number;
  syncing: boolean;
  /** Batches the server refused on replay (e.g. the item sold out meanwhile), since the last notice. */
  dropped: number;
  /** The cart on screen came from this device's storage (offline start), not from the server. */
  fromStorage: boolean;
}

/** What the offline banner shows: network state and the cart changes waiting to be sent. */
export const appChannelStore = createStore<AppChannelState>(() => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  queued: 0,
  syncing: false,
  dropped: 0,
  fromStorage: false,
}));
