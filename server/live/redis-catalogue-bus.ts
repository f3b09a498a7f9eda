import { openRedis } from './open-redis';
import type { Logger } from 'pino';
import type { CatalogueBus, CatalogueChanged, CatalogueChangeListener } from './catalogue-bus';

const CHANNEL = 'vitrine:catalogue-changed';

/**
 * Catalogue changes across processes through Redis pub/sub; after a disconnection, everything may
 * have changed. Starts whether or not Redis answers yet and lives through its outages, like the
 * cart bus.
 */
export async function createRedisCatalogueBus(url: string, log: Logger): Promise<CatalogueBus> {
  const listeners = new Set<CatalogueChangeListener>();
  const pub = openRedis(url, log, 'catalogue bus (publish)', { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const sub = openRedis(url, log, 'catalogue bus (subscribe)');
  sub.subscribe(CHANNEL).catch((err: unknown) => log.warn({ err }, 'catalogue bus subscription failed'));
  let connectedOnce = false;

  const tell = (c: CatalogueChanged) => {
    for (const l of listeners) l(c);
  };
  sub.on('message', (_channel, message) => {
    try {
      tell(JSON.parse(message) as CatalogueChanged);
    } catch (err) {
      log.warn({ err }, 'ignoring malformed catalogue message');
    }
  });
  // Any `ready` after the first is a reconnection: what was published meanwhile is gone.
  sub.on('ready', () => {
    if (connectedOnce) tell({ ids: '*', version: Date.now(), origin: 'reconnect' });
    connectedOnce = true;
  });
  // Give Redis a moment to answer so the first changes are not dropped; start anyway if it does not.
  await Promise.all([sub, pub].map((r) => new Promise<void>((resolve) => {
    if (r.status === 'ready') return resolve();
    r.once('ready', () => resolve());
    setTimeout(resolve, 2000).unref();
  })));
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
