/**
 * npm run bench:soak [-- --minutes 10] [--max-rss-mb 700]
 *
 * A steady mix through nginx (deploy/nginx/vitrine.conf) in front of two server processes on one
 * PostgreSQL and one Redis: shoppers browsing, searching, adding to carts and checking out (pickup
 * and shipping), devices following cart event streams, visitors moving in the showroom. Halfway,
 * one process gets SIGTERM. Checks, each failing the run (exit code 1):
 * - every acknowledged change is there at the end: each shopper's cart lines and every order the
 *   load generator was told about, read back through the API and counted in the database;
 * - streams and room visitors of the stopped process are served by the other within 5 s;
 * - no error but the ones expected during the switch (a cut connection, nginx's 502, the draining
 *   process's 503, all retried);
 * - each process's RSS (sampled every 5 s) stays under the bound.
 * Prints p99 per route. Traffic goes to 127.0.0.1 only; every loop ends with the run.
 */
import fs from 'node:fs';
import pg from 'pg';
import { freePort, renderVitrineConf, startNginx, type NginxFront } from '../../server/test-support/nginx-front';
import { startTwoProcessCluster } from '../support/two-process-cluster';
import { EXPECTED_DURING_SWITCH, SoakHttp } from './soak-client';
import { runShopper, type Acknowledged } from './soak-shopper';
import { followCartStream, roamShowroom, type Reconnects } from './soak-watchers';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} wants a positive number`);
  return v;
}
const MINUTES = arg('minutes', 10);
const MAX_RSS_MB = arg('max-rss-mb', 700);
const SHOPPERS = 12;
const STREAMS = 6;
const VISITORS = 4;
const RECONNECT_BOUND_MS = 5_000;
const REDIS_DB = 11;

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const port = await freePort();
const cluster = await startTwoProcessCluster('bench:soak', REDIS_DB, port);
const { servers } = cluster;
const db = { url: cluster.databaseUrl };
let front: NginxFront | undefined;
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const [a, b] = cluster.ports;
  front = await startNginx(cluster.nginx, port, renderVitrineConf(port, [a, b]));
  const base = front.url;
  console.log(`bench:soak: ${MINUTES} min through nginx (${base}) in front of 2 processes; ${SHOPPERS} shoppers, ${STREAMS} cart streams, ${VISITORS} showroom visitors; SIGTERM to the process holding the showroom at ${(MINUTES / 2).toFixed(1)} min`);

  const http = new SoakHttp(base);
  const products = await http.call<{ items: { id: string }[] }>('GET /api/products', 'GET', '/api/products');
  const productIds = products!.body.items.map((p) => p.id);
  // Plenty of stock everywhere, so carts keep growing for the whole run and their check means something.
  const stocker = new pg.Client({ connectionString: db.url });
  await stocker.connect();
  await stocker.query('update stock set on_hand = on_hand + 100000');
  await stocker.end();
  const started = Date.now();
  const until = started + MINUTES * 60_000;

  // Memory, every 5 s, per process.
  const rss: number[][] = [[], []];
  const sampler = setInterval(() => servers.forEach((s, i) => {
    const mb = rssMb(s.process.exitCode === null ? s.process.pid : undefined);
    if (mb !== undefined) rss[i]!.push(mb);
  }), 5_000);

  const streams: Reconnects = { times: [], errors: [], cuts: 0 };
  const rooms: Reconnects = { times: [], errors: [], cuts: 0 };
  let roomProcess = 1;
  const shoppers = Array.from({ length: SHOPPERS }, () => runShopper(http, productIds, until));
  const watchers: Promise<void>[] = [];
  for (let i = 0; i < STREAMS; i++) {
    const g = await http.call<{ token: string }>('POST /api/auth/guest', 'POST', '/api/auth/guest');
    const c = await http.call<{ id: string }>('POST /api/carts', 'POST', '/api/carts', { token: g!.body.token });
    watchers.push(followCartStream(base, c!.body.id, g!.body.token, until, streams));
  }
  for (let i = 0; i < VISITORS; i++) {
    const g = await http.call<{ token: string }>('POST /api/auth/guest', 'POST', '/api/auth/guest');
    watchers.push(
      roamShowroom(base, g!.body.token, until, rooms, (n) => {
        roomProcess = n;
      }),
    );
  }

  // Halfway: the process holding the showroom is told to stop, as an orchestrator would.
  await new Promise((r) => setTimeout(r, Math.max(0, started + (MINUTES * 60_000) / 2 - Date.now())));
  const victim = roomProcess - 1;
  const stopped = servers[victim]!.process;
  const exit = new Promise<number | null>((resolve) => stopped.once('exit', (code) => resolve(code)));
  const killedAt = performance.now();
  http.switchWindow = { from: killedAt, to: Number.POSITIVE_INFINITY };
  stopped.kill('SIGTERM');
  const code = await exit;
  // Clients still holding the stopped process's connections meet it for a few seconds more.
  http.switchWindow = { from: killedAt, to: performance.now() + RECONNECT_BOUND_MS };
  console.log(`process ${victim + 1} (holding the showroom) stopped with code ${code} in ${((performance.now() - killedAt) / 1000).toFixed(1)} s`);

  const acks: Acknowledged[] = await Promise.all(shoppers);
  await Promise.all(watchers);
  clearInterval(sampler);

  // Every acknowledged change is there: cart lines (with at least their quantity) and orders.
  let lines = 0;
  let missingLines = 0;
  let orders = 0;
  let missingOrders = 0;
  for (const ack of acks) {
    if (ack.cart) {
      const now = await http.call<{ lines: { id: string; qty: number }[] }>('GET /api/carts/:id', 'GET', `/api/carts/${ack.cart.id}`, { token: ack.token });
      for (const line of ack.cart.lines) {
        lines++;
        if (!now?.body.lines.some((l) => l.id === line.id && l.qty >= line.qty)) missingLines++;
      }
    }
    for (const order of ack.orders) {
      orders++;
      const got = await http.call<{ lines: unknown[] }>('GET /api/orders/:id', 'GET', `/api/orders/${order.id}`, { token: ack.token, ok: [200, 404] });
      if (got?.status !== 200 || got.body.lines.length !== order.lines) missingOrders++;
    }
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const counted = Number((await client.query('select count(*)::int as n from orders')).rows[0].n);
  await client.end();

  console.log('\nroute                                 calls      p50 / p99 / max');
  for (const line of http.table()) console.log(line);
  const fmtTimes = (r: Reconnects) => (r.times.length ? `${r.times.length} reconnects, max ${Math.max(...r.times).toFixed(0)} ms, median ${[...r.times].sort((x, y) => x - y)[Math.floor(r.times.length / 2)]!.toFixed(0)} ms` : 'no reconnects');
  console.log(`\nstreams: ${streams.cuts} cut, ${fmtTimes(streams)}; showroom visitors: ${rooms.cuts} cut, ${fmtTimes(rooms)}`);
  console.log(`retried during the switch: ${[...http.retried.entries()].map(([k, n]) => `${n} × ${k}`).join(', ') || 'nothing'} (expected kinds: ${EXPECTED_DURING_SWITCH.join('; ')})`);
  const peak = rss.map((list) => (list.length ? Math.max(...list) : NaN));
  const survivor = rss[1 - victim]!;
  console.log(`RSS peak: process 1 ${peak[0]!.toFixed(0)} MB, process 2 ${peak[1]!.toFixed(0)} MB (the survivor at half time ${(survivor[Math.floor(survivor.length / 2)] ?? NaN).toFixed(0)} MB, at the end ${(survivor.at(-1) ?? NaN).toFixed(0)} MB)`);
  const adds = acks.reduce((sum, a) => ({ applied: sum.applied + a.adds.applied, outOfStock: sum.outOfStock + a.adds.outOfStock }), { applied: 0, outOfStock: 0 });
  console.log(`acknowledged: ${lines} cart lines, ${orders} orders; orders in the database: ${counted}; adds applied ${adds.applied}, refused for stock ${adds.outOfStock}\n`);

  check(code === 0, 'the stopped process exited cleanly (code 0) after SIGTERM');
  check(missingLines === 0, `every acknowledged cart line is there (${missingLines} of ${lines} missing)`);
  check(missingOrders === 0 && counted === orders, `every acknowledged order is there, and no other (${missingOrders} missing; ${counted} in the database for ${orders} acknowledged)`);
  check(orders > 0 && lines > 0, 'the load placed orders and kept cart lines');
  check(adds.outOfStock <= adds.applied / 20, `adds were refused for stock at most 1 time in 20 (${adds.outOfStock} of ${adds.applied + adds.outOfStock})`);
  check(streams.cuts > 0 && streams.times.length === streams.cuts, `every cut stream came back (${streams.times.length} of ${streams.cuts})`);
  check(streams.times.every((t) => t <= RECONNECT_BOUND_MS), `streams served again within ${RECONNECT_BOUND_MS} ms`);
  check(rooms.times.length === rooms.cuts, `every cut showroom visitor came back (${rooms.times.length} of ${rooms.cuts})`);
  check(rooms.times.every((t) => t <= RECONNECT_BOUND_MS), `showroom visitors served again within ${RECONNECT_BOUND_MS} ms`);
  const errors = [...http.errors, ...streams.errors, ...rooms.errors];
  check(errors.length === 0, `no unexpected error (${errors.length}${errors.length ? `: ${[...new Set(errors)].slice(0, 5).join(' | ')}` : ''})`);
  check(peak.every((p) => !(p > MAX_RSS_MB)), `each process stayed under ${MAX_RSS_MB} MB RSS`);
} catch (e) {
  failures.push(String(e));
  console.error(e);
} finally {
  await front?.stop();
  await cluster.stop();
}
console.log(failures.length ? `bench:soak FAILED: ${failures.length} check(s)` : 'bench:soak passed');
process.exit(failures.length ? 1 : 0);
