import type { Logger } from 'pino';
import type { CartBus, CartChangeListener, CartChanged } from './cart-bus';
import { openRedis } from './open-redis';

const CHANNEL = 'vitrine:cart-changed';

/**
 * Cart changes across processes through Redis pub/sub. Redis has no payload limit worth the name,
 * so the whole cart travels and receivers need not read it back. Starts whether or not Redis
 * answers yet, and lives through its outages: a publish while Redis is away fails at once (the
 * change is in the database; streams catch up on reconnect), the subscription comes back by itself.
 */
export async function createRedisCartBus(url: string, log: Logger): Promise<CartBus> {
  const listeners = new Set<CartChangeListener>();
  const pub = openRedis(url, log, 'cart bus (publish)', { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const sub = openRedis(url, log, 'cart bus (subscribe)');
  sub.subscribe(CHANNEL).catch((err: unknown) => log.warn({ err }, 'cart bus subscription failed'));
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
      pub.disconnect();
      sub.disconnect();
    },
  };
}
