/**
 * npm run bench:cluster [-- --quick]
 *
 * Saturated add-to-cart (50 guests, each on their own cart) through nginx with the repository's
 * configuration (deploy/nginx/vitrine.conf), in front of one server process and then of two, on
 * one PostgreSQL and one Redis, in the same run: two rounds, alternating, so drift on a shared
 * machine hits both alike. Prints the two-to-one ratio, and one process's figure as a ratio of the
 * database's bare single-row update (the floor) measured first. Load goes to 127.0.0.1 only and
 * every loop is bounded in time.
 */
import os from 'node:os';
import { Redis } from 'ioredis';
import { spawnServer, type SpawnedServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable, TEST_REDIS_URL } from '../../server/test-support/services-available';
import { freePort, nginxAvailable, renderVitrineConf, startNginx, type NginxFront } from '../../server/test-support/nginx-front';
import { prepareAndMeasureFloor } from '../cart/prepare-database';
import { addToCartLoad } from '../cart/cart-load';
import { fmt } from '../support/latency-stats';
import type { LoadResult } from '../support/latency-stats';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const ROUNDS = 2;
const CLIENTS = 50;
const REDIS_DB = 10;

const nginx = nginxAvailable();
if (!nginx || !(await serviceAvailable('PostgreSQL')) || !(await serviceAvailable('Redis'))) {
  console.error('bench:cluster needs nginx, PostgreSQL and Redis (see above)');
  process.exit(1);
}

const redis = new Redis(`${TEST_REDIS_URL}/${REDIS_DB}`);
await redis.flushdb();
await redis.quit();
const db = await createPostgresTestDatabase();
const servers: SpawnedServer[] = [];
const fronts: NginxFront[] = [];
try {
  console.log(`bench:cluster: ${CLIENTS} clients adding to their own carts through nginx, ${SECONDS} s per phase, ${ROUNDS} rounds, node ${process.version}, ${os.cpus().length} cores${quick ? ' (quick)' : ''}`);
  const floor = await prepareAndMeasureFloor({ kind: 'postgres', url: db.url }, CLIENTS, SECONDS);
  const ports = { one: await freePort(), two: await freePort() };
  const env = (n: number) => ({
    PORT: '0', DATABASE_URL: db.url, REDIS_URL: `${TEST_REDIS_URL}/${REDIS_DB}`, LOG_LEVEL: 'warn', VITRINE_RATE_LIMIT: 'off',
    VITRINE_PUBLIC_ADDRESS: `127.0.0.1:${ports.two}/rooms/${n}`,
  });
  servers.push(await spawnServer(env(1)));
  servers.push(await spawnServer(env(2)));
  const [a, b] = servers.map((s) => Number(new URL(s.url).port));
  // The same configuration both times; for one process both upstream lines name it.
  const one = await startNginx(nginx, ports.one, renderVitrineConf(ports.one, [a, a]));
  fronts.push(one);
  const two = await startNginx(nginx, ports.two, renderVitrineConf(ports.two, [a, b]));
  fronts.push(two);

  const runs: { one: LoadResult[]; two: LoadResult[] } = { one: [], two: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.one.push(await addToCartLoad(one.url, CLIENTS, SECONDS));
    runs.two.push(await addToCartLoad(two.url, CLIENTS, SECONDS));
  }
  const rate = (rs: LoadResult[]) => rs.reduce((s, r) => s + r.ops, 0) / rs.reduce((s, r) => s + r.seconds, 0);
  const row = (name: string, rs: LoadResult[]) =>
    `  ${name.padEnd(34)} ${fmt(rate(rs), 0).padStart(7)}/s  (rounds: ${rs.map((r) => fmt(r.perSecond, 0)).join(', ')})  p50 ${fmt(Math.max(...rs.map((r) => r.p50))).padStart(6)} ms  p99 ${fmt(Math.max(...rs.map((r) => r.p99))).padStart(6)} ms  errors ${rs.reduce((s, r) => s + r.errors, 0)}`;
  console.log(`  ${'floor: bare row update (direct)'.padEnd(34)} ${fmt(floor.perSecond, 0).padStart(7)}/s`);
  console.log(row('add to cart, nginx -> 1 process', runs.one));
  console.log(row('add to cart, nginx -> 2 processes', runs.two));
  console.log(`  two processes / one process: ${fmt(rate(runs.two) / rate(runs.one), 2)} (goal >= 1.7)`);
  console.log(`  one process / floor: ${fmt(rate(runs.one) / floor.perSecond, 3)} (goal >= 0.2)`);
  console.log(`  (load generator, nginx, both processes, PostgreSQL and Redis all share these ${os.cpus().length} cores)`);
} finally {
  await Promise.all(fronts.map((f) => f.stop()));
  await Promise.all(servers.map((s) => s.stop()));
  await db.drop();
}
process.exit(0);
