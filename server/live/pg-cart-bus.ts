import pg from 'pg';
import type { Logger } from 'pino';
import type { CartBus, CartChanged, CartChangeListener } from './cart-bus';
import { packNotifications, unpackNotification } from './notify-payloads';

const CHANNEL = 'vitrine_cart_changed';

/**
 * Cart changes across processes through PostgreSQL LISTEN/NOTIFY on a dedicated connection.
 * Payloads carry only ids and versions, packed several to a NOTIFY (payloads must stay under 8000
 * bytes); receivers read the cart. Notifications sent while the connection is down are lost, so on reconnect every
 * listener is told to resync (version -1) and streams catch up by version.
 */
export async function createPgCartBus(url: string, log: Logger): Promise<CartBus> {
  const listeners = new Set<CartChangeListener>();
  const pub = new pg.Pool({ connectionString: url, max: 2 });
  pub.on('error', () => {});
  let client: pg.Client | undefined;
  let closed = false;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (!msg.payload) return;
      try {
        for (const change of unpackNotification(msg.payload)) for (const l of listeners) l(change);
      } catch (err) {
        log.warn({ err }, 'ignoring malformed cart notification');
      }
    });
    c.on('error', (err) => {
      log.warn({ err }, 'cart LISTEN connection lost; reconnecting');
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
      for (const l of listeners) l({ cartId: '*', version: -1 });
    } catch (err) {
      log.warn({ err }, 'cart LISTEN reconnect failed; retrying');
      if (!closed) setTimeout(() => void reconnect(), 1000);
    }
  };
  await connect();

  // Changes published in one turn of the event loop leave together (see packNotifications).
  let pending: { change: CartChanged; done: () => void; failed: (err: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    const payloads = packNotifications(batch.map((b) => b.change));
    const sent = payloads.length === 1
      ? pub.query('select pg_notify($1, $2)', [CHANNEL, payloads[0]])
      : pub.query('select pg_notify($1, p) from unnest($2::text[]) p', [CHANNEL, payloads]);
    sent.then(() => batch.forEach((b) => b.done()), (err: unknown) => batch.forEach((b) => b.failed(err)));
  };

  return {
    kind: 'postgres',
    notifyChannel: CHANNEL,
    publish(change) {
      return new Promise<void>((done, failed) => {
        if (!pending.length) setImmediate(flush);
        pending.push({ change, done, failed });
      });
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
