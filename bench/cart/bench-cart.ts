/**
 * npm run bench:cart [-- --quick]
 *
 * Add-to-cart and checkout throughput with 50 concurrent clients, p50/p99 latency, as ratios of
 * the same database's bare single-row update measured in the same run; event propagation to 200
 * streams on one cart; and the 200-way race for the last unit. Embedded database always,
 * PostgreSQL when reachable. The server runs as its own process; load comes from this one, on
 * 127.0.0.1 only, every loop bounded in time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable } from '../../server/test-support/services-available';
import { prepareAndMeasureFloor } from './prepare-database';
import { addToCartAtRate, addToCartLoad, checkoutLoad } from './cart-load';
import { propagation } from './propagation';
import { lastUnitRace } from './last-unit-race';
import { fmt } from '../support/latency-stats';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const CLIENTS = 50;
/** Medusa 2.21 on this kind of machine, from the issue: 17 adds/s at 50 clients, p99 3.3 s. */
const MEDUSA_ADDS_PER_SECOND = 17;

async function runBackend(backend: 'embedded' | 'postgres') {
  let env: Record<string, string>;
  let cleanup = async () => {};
  let floorOpts: Parameters<typeof prepareAndMeasureFloor>[0];
  if (backend === 'postgres') {
    const db = await createPostgresTestDatabase();
    env = { DATABASE_URL: db.url };
    floorOpts = { kind: 'postgres', url: db.url };
    cleanup = db.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-'));
    env = { VITRINE_DATA_DIR: dir };
    floorOpts = { kind: 'embedded', dataDir: dir };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  try {
    const floor = await prepareAndMeasureFloor(floorOpts, CLIENTS, SECONDS);
    const server = await spawnServer({ ...env, PORT: '0', LOG_LEVEL: 'warn', VITRINE_RATE_LIMIT: 'off' });
    try {
      const add = await addToCartLoad(server.url, CLIENTS, SECONDS);
      const paced = await addToCartAtRate(server.url, CLIENTS, 50 * MEDUSA_ADDS_PER_SECOND, SECONDS);
      const checkout = await checkoutLoad(server.url, CLIENTS, SECONDS, quick ? 6 : 30);
      const prop = await propagation(server.url, 200, quick ? 20 : 100);
      const race = await lastUnitRace(server.url);
      return { backend, floor, add, paced, checkout, prop, race };
    } finally {
      await server.stop();
    }
  } finally {
    await cleanup();
  }
}

const backends: ('embedded' | 'postgres')[] = ['embedded'];
if (await serviceAvailable('PostgreSQL')) backends.push('postgres');
console.log(`bench:cart: ${CLIENTS} concurrent clients, ${SECONDS} s per phase, node ${process.version}, ${os.cpus().length} cores${quick ? ' (quick)' : ''}`);
for (const backend of backends) {
  const r = await runBackend(backend);
  const row = (name: string, x: typeof r.add) =>
    `  ${name.padEnd(26)} ${fmt(x.perSecond, 0).padStart(7)}/s  p50 ${fmt(x.p50).padStart(6)} ms  p99 ${fmt(x.p99).padStart(6)} ms  ratio to floor ${fmt(x.perSecond / r.floor.perSecond, 3)}  errors ${x.errors}`;
  console.log(`\n[${backend}]`);
  console.log(row('floor: bare row update', r.floor));
  console.log(row('add to cart, saturated', r.add));
  console.log(row(`add to cart, ${50 * MEDUSA_ADDS_PER_SECOND}/s offered`, r.paced));
  console.log(row('3-line checkout (HTTP)', r.checkout));
  console.log(`  add-to-cart vs Medusa 2.21 (17/s, p99 3.3 s): saturated ${fmt(r.add.perSecond / MEDUSA_ADDS_PER_SECOND, 0)}x its throughput; at 50x its rate p99 ${fmt(r.paced.p99)} ms (goal: 50x with p99 < 20 ms: ${r.paced.perSecond >= 0.97 * 50 * MEDUSA_ADDS_PER_SECOND && r.paced.p99 < 20 && r.paced.errors === 0 ? 'met' : 'NOT met'})`);
  console.log(`  propagation to ${r.prop.streams} streams on one cart over ${r.prop.changes} changes: per event p50 ${fmt(r.prop.eventP50)} ms p99 ${fmt(r.prop.eventP99)} ms; all streams p50 ${fmt(r.prop.allStreamsP50)} ms p99 ${fmt(r.prop.allStreamsP99)} ms (goal p99 < 50 ms: ${r.prop.allStreamsP99 < 50 ? 'met' : 'NOT met'})`);
  console.log(`  200-way race for the last unit: ${r.race.orders} order, ${r.race.refused} x 409, ${r.race.other} other, answered in ${fmt(r.race.ms, 0)} ms (goal < 1000 ms: ${r.race.ms < 1000 && r.race.orders === 1 && r.race.other === 0 ? 'met' : 'NOT met'})`);
}
process.exit(0);
