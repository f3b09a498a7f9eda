import type { CartBus, CartChangeListener } from './cart-bus';

/** One process: listeners are called synchronously after the publisher's commit. */
export function createLocalCartBus(): CartBus {
  const listeners = new Set<CartChangeListener>();
  return {
    kind: 'local',
    async publish(change) {
      for (const l of listeners) l(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
