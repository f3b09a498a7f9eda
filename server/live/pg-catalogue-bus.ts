import pg from 'pg';
import type { Logger } from 'pino';
import type { CatalogueBus, CatalogueChanged, CatalogueChangeListener } from './catalogue-bus';

const CHANNEL = 'vitrine_catalogue_changed';

/**
 * Catalogue changes across processes through PostgreSQL LISTEN/NOTIFY on a dedicated connection.
 * What is sent while the connection is down is lost, so on reconnect listeners are told that
 * everything may have changed (`ids: '*'`).
 */
export async function createPgCatalogueBus(url: string, log: Logger): Promise<CatalogueBus> {
  const listeners = new Set<CatalogueChangeListener>();
  const pub = new pg.Pool({ connectionString: url, max: 1 });
  pub.on('error', () => {});
  let client: pg.Client | undefined;
  let closed = false;
  const tell = (c: CatalogueChanged) => {
    for (const l of listeners) l(c);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (!msg.payload) return;
      try {
        tell(JSON.parse(msg.payload) as CatalogueChanged);
      } catch (err) {
        log.warn({ err }, 'ignoring malformed catalogue notification');
      }
    });
    c.on('error', (err) => {
      log.warn({ err }, 'catalogue LISTEN connection lost; reconnecting');
      void c.end().catch(() => {});
      if (!closed) setTimeout(() => void reconnect(), 500);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  const reconnect = async () => {
    try {
      await connect();
      tell({ ids: '*', version: Date.now(), origin: 'reconnect' });
    } catch (err) {
      log.warn({ err }, 'catalogue LISTEN reconnect failed; retrying');
      if (!closed) setTimeout(() => void reconnect(), 1000);
    }
  };
  await connect();
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
      closed = true;
      listeners.clear();
      await Promise.allSettled([client?.end(), pub.end()]);
    },
  };
}
