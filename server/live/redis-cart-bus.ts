import type { Logger } from 'pino';
import type { CartBus, CartChanged } from './cart-bus';
import { createRedisBus } from './redis-bus';

/**
 * Cart changes across processes through Redis pub/sub. Redis has no payload limit worth the name,
 * so the whole cart travels and receivers need not read it back. Messages published while the
 * subscription was down are gone: every (re)connection asks every stream to resync.
 */
export function createRedisCartBus(url: string, log: Logger): Promise<CartBus> {
  return createRedisBus<CartChanged>(url, log, {
    channel: 'vitrine:cart-changed',
    name: 'cart bus',
    onReady: () => ({ cartId: '*', version: -1 }),
  });
}
