import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CartBus, CartChangeListener, CartChanged } from './cart-bus';

const CHANNEL = 'vitrine:cart-changed';

/**
 * Cart changes across processes through Redis pub/sub. Redis has no payload limit worth the name,
 * so the whole cart travels and receivers need not read it back.
 */
export async function createRedisCartBus(url: string, log: Logger): Promise<CartBus> {
  const listeners = new Set<CartChangeListener>();
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true });
  for (const r of [pub, sub]) r.on('error', (err) => log.warn({ err }, 'redis cart bus error'));
  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(CHANNEL);
  sub.on('message', (_channel, message) => {
    try {
      const change = JSON.parse(message) as CartChanged;
      for (const l of listeners) l(change);
    } catch (err) {
      log.warn({ err }, 'ignoring malformed cart message');
    }
  });
  // Messages published while we were disconnected are gone: ask every stream to resync.
  sub.on('ready', () => {
    for (const l of listeners) l({ cartId: '*', version: -1 });
  });
  return {
    kind: 'redis',
    async publish(change) {
      await pub.publish(CHANNEL, JSON.stringify(change));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
