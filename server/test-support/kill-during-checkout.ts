import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { queryRows } from '../db/query-rows';
import { spawnServer, type SpawnedServer } from './spawn-server';
import { TestClient, type Answer } from './test-client';

export interface KillDuringCheckoutFigures {
  checkouts: number;
  /** Answers received before the kill, by status. */
  answeredBeforeKill: Record<string, number>;
  /** Orders acknowledged (201 or 200) before the kill. */
  acknowledged: number;
  /** Checkouts whose answer was lost with the process. */
  unanswered: number;
  /** Acknowledged orders that `GET /api/orders/:id` still serves after the restart. */
  acknowledgedFound: number;
  /** Replays of the unanswered checkouts with their Idempotency-Key, by status. */
  replays: Record<string, number>;
  /** Replays whose second attempt did not give the same answer as the first (a different order, or an order then a refusal). */
  replayMismatches: number;
  /** What the mismatching replays were answered, first then second. */
  mismatchSamples: string[];
  restartMs: number;
}

export interface KillDuringCheckoutChecks {
  /** Acknowledged order ids missing from the database. */
  missingOrders: string[];
  /** Carts of the run with more than one order. */
  duplicatedCarts: string[];
  /** Orders of the run's carts that no answer (before the kill or on replay) named. */
  unaccountedOrders: string[];
  /** Stock rows whose `reserved` differs from the open orders' lines or from their reservation rows. */
  stockMismatches: { product_id: string; location_id: string; reserved: number; from_lines: number; from_reservations: number }[];
}

/** One line from the warehouse (it runs out partway: ship-from-store, then clean 409s), and a pickup line on every fourth cart. */
function linesFor(i: number) {
  return [
    { type: 'addLine', productId: 'chair-arc', qty: 1, fulfilment: { type: 'ship' } },
    ...(i % 4 === 0 ? [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }] : []),
  ];
}

const CHECKOUT_BODY = {
  payment: { method: 'card' },
  contact: { email: 'kill@example.test' },
  shippingAddress: { name: 'Kill Test', line1: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' },
};

/**
 * Starts a server (`env` picks its database), fills `checkouts` guest carts, sends every checkout
 * at once and kills the process with SIGKILL when `killAfterAnswers` of them have been answered;
 * restarts it on the same database, checks that every acknowledged order is served, and replays
 * every unanswered checkout twice with its Idempotency-Key. `inspect` then runs the SQL checks on
 * the database once the server is stopped (an embedded database serves one process at a time).
 *
 * @example const { figures, checks } = await runKillDuringCheckout({ env: { DATABASE_URL: url }, inspect });
 */
export async function runKillDuringCheckout(opts: {
  env: Record<string, string>;
  inspect: <T>(f: (db: Db) => Promise<T>) => Promise<T>;
  checkouts?: number;
  killAfterAnswers?: number;
}): Promise<{ figures: KillDuringCheckoutFigures; checks: KillDuringCheckoutChecks; output: string }> {
  const n = opts.checkouts ?? 200;
  const killAfter = opts.killAfterAnswers ?? Math.floor(n / 5);
  const env = { PORT: '0', LOG_LEVEL: 'warn', VITRINE_RATE_LIMIT: 'off', ...opts.env };
  let server: SpawnedServer | undefined = await spawnServer(env, 90_000);
  let output = '';
  try {
    const racers: { c: TestClient; cartId: string; key: string }[] = [];
    for (let i = 0; i < n; i += 25) {
      racers.push(...(await Promise.all(Array.from({ length: Math.min(25, n - i) }, async (_, j) => {
        const c = await TestClient.guest(server!.url);
        const cart = await c.cart();
        const r = await c.commands(cart.id, linesFor(i + j));
        if (r.status !== 200) throw new Error(`filling cart ${i + j}: ${r.status} ${JSON.stringify(r.body)}`);
        return { c, cartId: cart.id, key: `kill-during-checkout-${i + j}` };
      }))));
    }

    // Every checkout at once; SIGKILL as soon as `killAfter` have been answered.
    const victim = server;
    const answered = new Map<number, Answer>();
    let killed = false;
    await Promise.all(racers.map(({ c, cartId, key }, i) => c.checkout(cartId, key, CHECKOUT_BODY).then(
      (a) => {
        if (killed) return;
        answered.set(i, a);
        if (answered.size >= killAfter) {
          killed = true;
          victim.process.kill('SIGKILL');
        }
      },
      () => {},
    )));
    if (!killed) victim.process.kill('SIGKILL');
    if (victim.process.exitCode === null && victim.process.signalCode === null) await new Promise((r) => victim.process.once('exit', r));
    output += victim.output();
    server = undefined;

    const answeredBeforeKill: Record<string, number> = {};
    for (const a of answered.values()) answeredBeforeKill[a.status] = (answeredBeforeKill[a.status] ?? 0) + 1;
    const known = new Set<string>();
    const acked = [...answered].filter(([, a]) => a.status === 200 || a.status === 201);
    for (const [, a] of acked) known.add(a.body.id);

    const restarting = performance.now();
    server = await spawnServer(env, 90_000);
    const restartMs = performance.now() - restarting;
    for (const r of racers) r.c = new TestClient(server.url, r.c.token, r.c.user);

    let acknowledgedFound = 0;
    for (const [i, a] of acked) {
      const r = await racers[i]!.c.get(`/api/orders/${a.body.id}`);
      if (r.status === 200 && r.body.id === a.body.id) acknowledgedFound++;
    }

    const replays: Record<string, number> = {};
    let replayMismatches = 0;
    const mismatchSamples: string[] = [];
    const said = (a: Answer) => `${a.status} ${a.body?.error ?? a.body?.id ?? ''}`;
    const lost = racers.filter((_, i) => !answered.has(i));
    for (let i = 0; i < lost.length; i += 25) {
      await Promise.all(lost.slice(i, i + 25).map(async ({ c, cartId, key }) => {
        const first = await c.checkout(cartId, key, CHECKOUT_BODY);
        const second = await c.checkout(cartId, key, CHECKOUT_BODY);
        for (const a of [first, second]) replays[a.status] = (replays[a.status] ?? 0) + 1;
        for (const a of [first, second]) if (a.status === 200 || a.status === 201) known.add(a.body.id);
        const same = first.status === 200 || first.status === 201
          ? second.status === 200 && second.body.id === first.body.id
          : second.status === first.status;
        if (!same) {
          replayMismatches++;
          mismatchSamples.push(`${said(first)} then ${said(second)}`);
        }
      }));
    }
    output += server.output();
    await server.stop();
    server = undefined;

    const cartIds = racers.map((r) => r.cartId);
    const checks = await opts.inspect(async (db) => {
      const ackedIds = acked.map(([, a]) => a.body.id as string);
      const present = await queryRows<{ id: string }>(db, sql`select id from orders where id in ${ackedIds.length ? sql`(${sql.join(ackedIds.map((id) => sql`${id}`), sql`, `)})` : sql`(null)`}`);
      const presentIds = new Set(present.map((r) => r.id));
      const ofRun = sql`(${sql.join(cartIds.map((id) => sql`${id}`), sql`, `)})`;
      const duplicated = await queryRows<{ cart_id: string }>(db, sql`select cart_id from orders where cart_id in ${ofRun} group by cart_id having count(*) > 1`);
      const runOrders = await queryRows<{ id: string }>(db, sql`select id from orders where cart_id in ${ofRun}`);
      // What each stock row holds, three ways: its counter, the open orders' lines, their reservation rows.
      const stockMismatches = await queryRows<KillDuringCheckoutChecks['stockMismatches'][number]>(db, sql`
        with open_orders as (select id, lines from orders where status in ('placed', 'ready_for_pickup')),
        from_lines as (
          select l->>'productId' as product_id, l->>'sourceLocationId' as location_id, sum((l->>'qty')::int)::int as qty
          from open_orders o, jsonb_array_elements(o.lines) l group by 1, 2),
        from_reservations as (
          select r.product_id, r.location_id, sum(r.qty)::int as qty
          from order_reservations r join open_orders o on o.id = r.order_id group by 1, 2)
        select coalesce(s.product_id, fl.product_id, fr.product_id) as product_id,
               coalesce(s.location_id, fl.location_id, fr.location_id) as location_id,
               coalesce(s.reserved, 0) as reserved, coalesce(fl.qty, 0) as from_lines, coalesce(fr.qty, 0) as from_reservations
        from stock s
        full join from_lines fl on fl.product_id = s.product_id and fl.location_id = s.location_id
        full join from_reservations fr on fr.product_id = coalesce(s.product_id, fl.product_id) and fr.location_id = coalesce(s.location_id, fl.location_id)
        where coalesce(s.reserved, 0) <> coalesce(fl.qty, 0) or coalesce(s.reserved, 0) <> coalesce(fr.qty, 0)`);
      return {
        missingOrders: ackedIds.filter((id) => !presentIds.has(id)),
        duplicatedCarts: duplicated.map((r) => r.cart_id),
        unaccountedOrders: runOrders.map((r) => r.id).filter((id) => !known.has(id)),
        stockMismatches,
      };
    });
    return {
      figures: {
        checkouts: n,
        answeredBeforeKill,
        acknowledged: acked.length,
        unanswered: lost.length,
        acknowledgedFound,
        replays,
        replayMismatches,
        mismatchSamples,
        restartMs,
      },
      checks,
      output,
    };
  } finally {
    if (server) {
      output += server.output();
      await server.stop();
    }
  }
}
