import type { Services } from '../app/services';
import type { Cart } from '../../shared/cart/cart';

/**
 * Announces a committed cart version: to this process's streams at once, and to other processes
 * through the bus (unless the saving statement already did, `notifiedInStatement`). A bus failure
 * is logged, not thrown: the change is committed, and streams elsewhere catch up by version on
 * their next event or reconnect.
 */
export function publishCart(s: Pick<Services, 'hub' | 'bus' | 'log'>, cart: Cart, opts: { notifiedInStatement?: boolean } = {}): void {
  if (s.bus.kind !== 'local') s.hub.deliver(cart);
  // Already announced by the statement that saved it (PostgreSQL bus, see saveCartWithEvent).
  if (opts.notifiedInStatement) return;
  const change = s.bus.kind === 'redis' || s.bus.kind === 'local' ? { cartId: cart.id, version: cart.version, cart } : { cartId: cart.id, version: cart.version };
  s.bus.publish(change).catch((err) => s.log.warn({ err, cartId: cart.id }, 'cart change not published'));
}
