import { createStore } from 'zustand/vanilla';

const KEY = 'vitrine.store';

interface StoreChoiceState {
  /** The shop the customer picks up from and wants stock for; null shows the best-stocked one. */
  storeId: string | null;
  setStoreId(id: string | null): void;
}

function initial(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** @example storeChoiceStore.getState().setStoreId('store-lyon') */
export const storeChoiceStore = createStore<StoreChoiceState>((set) => ({
  storeId: initial(),
  setStoreId(storeId) {
    try {
      if (storeId) localStorage.setItem(KEY, storeId);
      else localStorage.removeItem(KEY);
    } catch {
      /* kept for this tab only */
    }
    set({ storeId });
  },
}));
