/**
 * Fan-out inside one process: listeners are called synchronously after the publisher's commit.
 * The cart and catalogue buses use it when there is no other process to tell.
 *
 * @example const bus = createLocalBus<CartChanged>(); bus.subscribe((c) => ...); await bus.publish(change);
 */
export function createLocalBus<C>() {
  const listeners = new Set<(change: C) => void>();
  return {
    kind: 'local' as const,
    async publish(change: C) {
      for (const l of listeners) l(change);
    },
    subscribe(listener: (change: C) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
