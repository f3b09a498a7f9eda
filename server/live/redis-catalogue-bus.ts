import type { Logger } from 'pino';
import type { CatalogueBus, CatalogueChanged } from './catalogue-bus';
import { createRedisBus } from './redis-bus';

/** Catalogue changes across processes through Redis pub/sub; after a disconnection, everything may have changed. */
export function createRedisCatalogueBus(url: string, log: Logger): Promise<CatalogueBus> {
  return createRedisBus<CatalogueChanged>(url, log, {
    channel: 'vitrine:catalogue-changed',
    name: 'catalogue bus',
    onReady: (first) => (first ? undefined : { ids: '*', version: Date.now(), origin: 'reconnect' }),
    waitReadyMs: 2000,
  });
}
