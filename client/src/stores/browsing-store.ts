import { createStore } from 'zustand/vanilla';

interface BrowsingState {
  /** The product on screen (product page, AR), for help requests and advisors. */
  productId: string | null;
  variantId: string | null;
  setViewing(productId: string | null, variantId?: string | null): void;
}

/** What the customer is looking at right now. @example browsingStore.getState().setViewing('sofa-oslo-3', 'sauge') */
export const browsingStore = createStore<BrowsingState>((set) => ({
  productId: null,
  variantId: null,
  setViewing(productId, variantId = null) {
    set({ productId, variantId });
  },
}));
