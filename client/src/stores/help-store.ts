import { createStore } from 'zustand/vanilla';
import type { ComponentType } from 'react';

/** What the customer was doing when they asked for help, so the advisor does not have to ask. */
export interface HelpContext {
  path: string;
  productId?: string;
  variantId?: string;
  cartId?: string;
}

interface HelpState {
  /**
   * Installed by the help-queue feature: called when the customer presses "Ask an advisor".
   * Until one is installed the button shows a short notice.
   */
  handler: ((ctx: HelpContext) => void) | null;
  /** Optional panel rendered by the layout (e.g. the queue position, the advisor's video). */
  Panel: ComponentType | null;
  /** Set when the button was pressed and no handler existed (the layout shows a notice). */
  unhandled: HelpContext | null;
  setHandler(handler: ((ctx: HelpContext) => void) | null, Panel?: ComponentType | null): void;
  request(ctx: HelpContext): void;
  dismiss(): void;
}

/**
 * The hook point for "Ask an advisor".
 * @example helpStore.getState().setHandler((ctx) => joinQueue(ctx), HelpQueuePanel)
 */
export const helpStore = createStore<HelpState>((set, get) => ({
  handler: null,
  Panel: null,
  unhandled: null,
  setHandler(handler, Panel = null) {
    set({ handler, Panel });
  },
  request(ctx) {
    const h = get().handler;
    if (h) h(ctx);
    else set({ unhandled: ctx });
  },
  dismiss() {
    set({ unhandled: null });
  },
}));
