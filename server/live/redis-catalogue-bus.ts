import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { CatalogueBus, CatalogueChanged, CatalogueChangeListener } from './catalogue-bus';

const CHANNEL = 'vitrine:catalogue-changed';

/** Catalogue changes across processes through Redis pub/sub; after a disconnection, everything may have changed. */
export async function createRedisCatalogueBus(url: string, log: Logger): Promise<CatalogueBus> {
  const listeners = new Set<CatalogueChangeListener>();
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true });
  for (const r of [pub, sub]) r.on('error', (err) => log.warn({ err }, 'redis catalogue bus error'));
  await Promise.all([pub.connect(), sub.connect()]);
  await sub.subscribe(CHANNEL);
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
  // Registered after the first connection: any later `ready` is a reconnection.
  sub.on('ready', () => {
    tell({ ids: '*', version: Date.now(), origin: 'reconnect' });
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
