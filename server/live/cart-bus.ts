import type { Cart } from '../../shared/cart/cart';

/** A cart changed: every process holding a stream of that cart must push the new version. */
export interface CartChanged {
  cartId: string;
  version: number;
  /** Present when the publisher had it at hand (same process, or a transport without size limits). */
  cart?: Cart;
}

export type CartChangeListener = (change: CartChanged) => void;

/**
 * Fan-out of cart changes after commit: in-process by default, across processes through
 * PostgreSQL LISTEN/NOTIFY or Redis pub/sub.
 */
export interface CartBus {
  readonly kind: 'local' | 'postgres' | 'redis';
  /**
   * PostgreSQL only: the NOTIFY channel a writer may announce a change on inside its own
   * statement (`pg_notify(channel, packNotifications([change])[0])`), instead of publishing it.
   */
  readonly notifyChannel?: string;
  publish(change: CartChanged): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: CartChangeListener): () => void;
  close(): Promise<void>;
}
