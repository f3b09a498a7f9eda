import pg from 'pg';
import type { Logger } from 'pino';

export interface ListenOptions {
  url: string;
  channel: string;
  /** Names the connection in log lines ("cart", "catalogue"). */
  label: string;
  log: Logger;
  onNotification(payload: string): void;
  /** What was sent while the connection was down is lost: called once LISTEN is back after a loss. */
  onReconnect(): void;
}

export interface ListenConnection {
  close(): Promise<void>;
}

/**
 * A dedicated LISTEN connection that comes back by itself. One connection at a time: a lost one
 * (error or end, which node-postgres may both emit) schedules exactly one reconnect, which keeps
 * trying until LISTEN is back. Without that rule every cut of a flapping database started one
 * more retry chain, and each chain left one more LISTEN connection open.
 *
 * @example const listening = await listenFor({ url, channel: 'vitrine_cart_changed', label: 'cart', log, onNotification, onReconnect });
 */
export async function listenFor(o: ListenOptions): Promise<ListenConnection> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (c: pg.Client, err?: unknown) => {
    if (client !== c) return;
    client = undefined;
    o.log.warn({ err }, `${o.label} LISTEN connection lost; reconnecting`);
    void c.end().catch(() => {});
    schedule(500);
  };
  const schedule = (ms: number) => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void reconnect();
    }, ms);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: o.url, connectionTimeoutMillis: 5_000 });
    c.on('notification', (msg) => {
      if (msg.payload) o.onNotification(msg.payload);
    });
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${o.channel}`);
    } catch (err) {
      void c.end().catch(() => {});
      throw err;
    }
    if (closed) {
      void c.end().catch(() => {});
      return;
    }
    client = c;
  };
  const reconnect = async () => {
    try {
      await connect();
      o.onReconnect();
    } catch (err) {
      o.log.warn({ err }, `${o.label} LISTEN reconnect failed; retrying`);
      schedule(1000);
    }
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end();
    },
  };
}
