import type { Logger } from 'pino';
import { openRedis } from './open-redis';

export interface RedisBusOptions<C> {
  channel: string;
  /** What the logs call this bus. */
  name: string;
  /**
   * What listeners are told when the subscription is (re)established: messages published while
   * it was down are gone, so this is how they learn to catch up. Undefined tells nothing.
   */
  onReady: (first: boolean) => C | undefined;
  /** Waits this long for Redis to answer before starting anyway, so the first changes are not dropped. */
  waitReadyMs?: number;
}

/**
 * Changes across processes through Redis pub/sub, as JSON. Starts whether or not Redis answers
 * yet, and lives through its outages: a publish while Redis is away fails at once (the change is
 * in the database; readers catch up), the subscription comes back by itself.
 *
 * @example const bus = await createRedisBus<CartChanged>(url, log, { channel: 'vitrine:cart-changed', name: 'cart bus', onReady: () => resync });
 */
export async function createRedisBus<C>(url: string, log: Logger, o: RedisBusOptions<C>) {
  const listeners = new Set<(change: C) => void>();
  const tell = (c: C) => {
    for (const l of listeners) l(c);
  };
  const pub = openRedis(url, log, `${o.name} (publish)`, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const sub = openRedis(url, log, `${o.name} (subscribe)`);
  sub.subscribe(o.channel).catch((err: unknown) => log.warn({ err }, `${o.name} subscription failed`));
  sub.on('message', (_channel, message) => {
    try {
      tell(JSON.parse(message) as C);
    } catch (err) {
      log.warn({ err }, `${o.name}: ignoring a malformed message`);
    }
  });
  let first = true;
  sub.on('ready', () => {
    const c = o.onReady(first);
    first = false;
    if (c !== undefined) tell(c);
  });
  if (o.waitReadyMs) {
    const wait = o.waitReadyMs;
    await Promise.all([sub, pub].map((r) => new Promise<void>((resolve) => {
      if (r.status === 'ready') return resolve();
      r.once('ready', () => resolve());
      setTimeout(resolve, wait).unref();
    })));
  }
  return {
    kind: 'redis' as const,
    async publish(change: C) {
      await pub.publish(o.channel, JSON.stringify(change));
    },
    subscribe(listener: (change: C) => void) {
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
