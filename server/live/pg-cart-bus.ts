import type { Logger } from 'pino';
import type { CartBus, CartChanged, CartChangeListener } from './cart-bus';
import { packNotifications, unpackNotification } from './notify-payloads';
import { openPool } from '../db/open-pool';
import { listenFor } from './pg-listen-connection';

const CHANNEL = 'vitrine_cart_changed';
/** A NOTIFY is tried this many times, waiting PUBLISH_RETRY_MS longer after each failure. */
const PUBLISH_ATTEMPTS = 5;
const PUBLISH_RETRY_MS = 200;

/**
 * Cart changes across processes through PostgreSQL LISTEN/NOTIFY on a dedicated connection.
 * Payloads carry only ids and versions, packed several to a NOTIFY (payloads must stay under 8000
 * bytes); receivers read the cart. Notifications sent while the connection is down are lost, so on reconnect every
 * listener is told to resync (version -1) and streams catch up by version.
 */
export async function createPgCartBus(url: string, log: Logger): Promise<CartBus> {
  const listeners = new Set<CartChangeListener>();
  const pub = openPool(url, 2);
  let closed = false;
  const listening = await listenFor({
    url,
    channel: CHANNEL,
    label: 'cart',
    log,
    onNotification(payload) {
      try {
        for (const change of unpackNotification(payload)) for (const l of listeners) l(change);
      } catch (err) {
        log.warn({ err }, 'ignoring malformed cart notification');
      }
    },
    onReconnect() {
      for (const l of listeners) l({ cartId: '*', version: -1 });
    },
  });

  // Changes published in one turn of the event loop leave together (see packNotifications). A
  // NOTIFY that fails (its pooled connection was cut) is sent again a few times: the change is
  // committed, and a stream elsewhere whose LISTEN connection stayed up would otherwise miss it.
  // Sending one twice is harmless: receivers skip versions they already have.
  let pending: { change: CartChanged; done: () => void; failed: (err: unknown) => void }[] = [];
  const send = (batch: typeof pending, attempt: number) => {
    const payloads = packNotifications(batch.map((b) => b.change));
    const sent = payloads.length === 1
      ? pub.query('select pg_notify($1, $2)', [CHANNEL, payloads[0]])
      : pub.query('select pg_notify($1, p) from unnest($2::text[]) p', [CHANNEL, payloads]);
    sent.then(
      () => {
        for (const b of batch) b.done();
      },
      (err: unknown) => {
        if (closed || attempt >= PUBLISH_ATTEMPTS) {
          for (const b of batch) b.failed(err);
          return;
        }
        setTimeout(() => send(batch, attempt + 1), PUBLISH_RETRY_MS * attempt).unref();
      },
    );
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    send(batch, 1);
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
      await Promise.allSettled([listening.close(), pub.end()]);
    },
  };
}
