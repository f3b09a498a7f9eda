import pg from 'pg';
import { TestClient } from './test-client';
import { openSse } from './sse-reader';
import { onlyRow } from '../db/only-row';

export interface DatabaseCutFigures {
  requests: number;
  /** Status code (or `network` for a failed connection) -> count. */
  statuses: Record<string, number>;
  /** Answers 5xx other than 503: each one is a bug. */
  unexpected5xx: number;
  cuts: number;
  /** Backends terminated in all. */
  terminated: number;
  acknowledgedOrders: number;
  /** Acknowledged (201 or 200) orders found in the database afterwards. */
  ordersFound: number;
  /** Cart changes answered 200. */
  acknowledgedChanges: number;
  /** Acknowledged cart changes whose version (or a later one) the cart has in the database afterwards. */
  changesFound: number;
  /** From the last cut to the first answered cart command. */
  recoveryMs: number;
  /** The first answer body seen for each status other than 2xx, to say what went wrong. */
  samples: Record<string, unknown>;
  /** Whether a cart stream opened before the cuts received a change made after them. */
  streamResynced: boolean;
  /**
   * The same, for a stream of that cart opened on another server process (`otherBaseUrl`), which
   * hears of the change only through LISTEN/NOTIFY: undefined without one.
   */
  otherStreamResynced?: boolean;
  /** What the change made after the cuts was answered. */
  resyncCommandStatus: number;
}

/** The seeded products with the most warehouse stock. */
const PRODUCTS = ['vase-bulle-verre', 'lamp-phare', 'stool-bar-haut', 'chair-arc'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Cart commands and checkouts from `clients` guests while every connection of the server to its
 * database is terminated every `cutEveryMs`, for `seconds`; then how it came back. Checkouts that
 * got no answer are retried with their Idempotency-Key, as a client would.
 *
 * @example const figures = await runDatabaseCuts({ baseUrl, databaseUrl, seconds: 8 });
 */
export async function runDatabaseCuts(opts: { baseUrl: string; databaseUrl: string; seconds: number; cutEveryMs?: number; clients?: number; otherBaseUrl?: string }): Promise<DatabaseCutFigures> {
  const { baseUrl, seconds } = opts;
  const cutEveryMs = opts.cutEveryMs ?? 700;
  const dbName = new URL(opts.databaseUrl).pathname.slice(1);
  const statuses: Record<string, number> = {};
  const count = (k: string | number) => (statuses[k] = (statuses[k] ?? 0) + 1);
  const acknowledged = new Set<string>();
  const changes: { cartId: string; version: number }[] = [];
  const samples: Record<string, unknown> = {};

  const clients = await Promise.all(Array.from({ length: opts.clients ?? 8 }, () => TestClient.guest(baseUrl)));
  // Follows its cart through the cuts and never checks out.
  const watched = await TestClient.guest(baseUrl);
  const watchedCart = await watched.cart();
  // A line the change after the cuts removes: a removal needs no stock, which a long run may have sold out.
  const held = await watched.commands(watchedCart.id, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'ship' } }]);
  if (held.status !== 200) throw new Error(`watched cart: ${held.status} ${JSON.stringify(held.body)}`);
  const heldLineId = (held.body as { lines: { id: string }[] }).lines[0]!.id;
  const streams = [baseUrl, ...(opts.otherBaseUrl ? [opts.otherBaseUrl] : [])];
  const [stream, otherStream] = await Promise.all(streams.map(async (url) => {
    const s = await openSse(`${url}/api/carts/${watchedCart.id}/events`, { authorization: `Bearer ${watched.token}` });
    await s.next();
    return s;
  }));

  let running = true;
  const call = async <T>(f: () => Promise<{ status: number; body: T }>) => {
    try {
      const r = await f();
      count(r.status);
      if (r.status >= 300) samples[r.status] ??= r.body;
      return r;
    } catch {
      count('network');
      return undefined;
    }
  };
  const shopper = async (c: TestClient, n: number) => {
    for (let round = 0; running; round++) {
      const cart = await call(() => c.post('/api/carts'));
      if (!cart || cart.status >= 300) {
        await sleep(50);
        continue;
      }
      const changed = await call(() => c.commands(cart.body.id, [{ type: 'addLine', productId: PRODUCTS[(n + round) % PRODUCTS.length], qty: 1, fulfilment: { type: 'ship' } }]));
      if (changed?.status === 200) changes.push({ cartId: cart.body.id, version: (changed.body as { version: number }).version });
      if (round % 3 !== 0) continue;
      const key = `db-cut-${n}-${round}-${baseUrl.length}`.padEnd(12, '0');
      // Retried with the same key until it is answered one way or the other.
      for (let tries = 0; tries < 20; tries++) {
        const r = await call(() => c.checkout(cart.body.id, key));
        if (r && (r.status === 200 || r.status === 201)) acknowledged.add((r.body as { id: string }).id);
        if (r && r.status !== 503) break;
        await sleep(100);
      }
    }
  };

  const admin = new pg.Client({ connectionString: opts.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  // Puts stock back in the warehouse as it sells, so a long run stays a mix of changes and
  // checkouts rather than a stream of refusals. Its own connection is spared by the cuts.
  const restocker = new pg.Client({ connectionString: opts.databaseUrl });
  await restocker.connect();
  const restockerPid = (await restocker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  let cuts = 0;
  let terminated = 0;
  let lastCut = 0;
  const shoppers = clients.map((c, i) => shopper(c, i));
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await sleep(cutEveryMs);
    const r = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and pid <> $2', [dbName, restockerPid]);
    await restocker.query("update stock set on_hand = on_hand + 50 where location_id = 'wh-lyon' and product_id = any($1) and on_hand - reserved < 20", [PRODUCTS]);
    cuts++;
    terminated += r.rowCount ?? 0;
    lastCut = performance.now();
  }

  // How long until a cart command is answered again.
  let recoveryMs = Number.POSITIVE_INFINITY;
  for (;;) {
    const r = await watched.post('/api/carts').catch(() => undefined);
    if (r && r.status < 300) {
      recoveryMs = performance.now() - lastCut;
      break;
    }
    if (performance.now() - lastCut > 30_000) break;
    await sleep(20);
  }
  running = false;
  await Promise.all(shoppers);

  // A stream opened before the cuts still follows its cart.
  const cart = watchedCart;
  const change = () => watched.commands(cart.id, [{ type: 'removeLine', lineId: heldLineId }]);
  // A pooled connection cut by the last round can still answer one 503: retried as a client would.
  let changed = await change();
  for (let tries = 0; changed.status === 503 && tries < 20; tries++) {
    await sleep(100);
    changed = await change();
  }
  const resyncCommandStatus = changed.status;
  if (changed.status !== 200) samples[`change after the cuts: ${changed.status}`] = changed.body;
  const follows = async (s: typeof stream) => {
    if (changed.status !== 200) return false;
    for (;;) {
      const e = await s!.next(5000).catch(() => undefined);
      if (!e) return false;
      if (Number(e.id) >= changed.body.version) return true;
    }
  };
  const [streamResynced, otherStreamResynced] = await Promise.all([follows(stream), otherStream ? follows(otherStream) : undefined]);
  stream!.close();
  otherStream?.close();

  await Promise.all([admin.end(), restocker.end()]);
  const own = new pg.Client({ connectionString: opts.databaseUrl });
  await own.connect();
  const ordersFound = onlyRow((await own.query<{ n: number }>('select count(*)::int as n from orders where id = any($1)', [[...acknowledged]])).rows, 'count acknowledged orders').n;
  const changesFound = onlyRow((await own.query<{ n: number }>(
    'select count(*)::int as n from unnest($1::text[], $2::int[]) a(cart_id, version) join carts c on c.id = a.cart_id and c.version >= a.version',
    [changes.map((c) => c.cartId), changes.map((c) => c.version)],
  )).rows, 'count acknowledged cart changes').n;
  await own.end();

  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  const unexpected5xx = Object.entries(statuses).filter(([k]) => /^5\d\d$/.test(k) && k !== '503').reduce((a, [, v]) => a + v, 0);
  return { requests, statuses, unexpected5xx, cuts, terminated, acknowledgedOrders: acknowledged.size, ordersFound, acknowledgedChanges: changes.length, changesFound, recoveryMs, streamResynced, otherStreamResynced, resyncCommandStatus, samples };
}
