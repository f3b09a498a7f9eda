import type { Logger } from 'pino';
import { openPool } from '../db/open-pool';
import type { CatalogueBus, CatalogueChanged, CatalogueChangeListener } from './catalogue-bus';
import { listenFor } from './pg-listen-connection';

const CHANNEL = 'vitrine_catalogue_changed';

/**
 * Catalogue changes across processes through PostgreSQL LISTEN/NOTIFY on a dedicated connection.
 * What is sent while the connection is down is lost, so on reconnect listeners are told that
 * everything may have changed (`ids: '*'`).
 */
export async function createPgCatalogueBus(url: string, log: Logger): Promise<CatalogueBus> {
  const listeners = new Set<CatalogueChangeListener>();
  const pub = openPool(url, 1);
  const tell = (c: CatalogueChanged) => {
    for (const l of listeners) l(c);
  };
  const listening = await listenFor({
    url,
    channel: CHANNEL,
    label: 'catalogue',
    log,
    onNotification(payload) {
      try {
        tell(JSON.parse(payload) as CatalogueChanged);
      } catch (err) {
        log.warn({ err }, 'ignoring malformed catalogue notification');
      }
    },
    onReconnect() {
      tell({ ids: '*', version: Date.now(), origin: 'reconnect' });
    },
  });
  return {
    kind: 'postgres',
    async publish(change) {
      await pub.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await Promise.allSettled([listening.close(), pub.end()]);
    },
  };
}
