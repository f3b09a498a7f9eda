import { createStore } from 'zustand/vanilla';

interface ImmersiveState {
  /** An AR or VR session covers the page: 2D-page canvases (the product viewer) stop drawing. */
  active: boolean;
  setActive(active: boolean): void;
}

/** @example immersiveStore.getState().setActive(true) // while an XR session runs */
export const immersiveStore = createStore<ImmersiveState>((set) => ({
  active: false,
  setActive(active) {
    set({ active });
  },
}));
