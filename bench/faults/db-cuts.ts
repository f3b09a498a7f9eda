/**
 * npm run bench:faults [-- --seconds 60]
 *
 * A server process on PostgreSQL under mixed load (guests adding to carts and checking out, a
 * cart stream following along on it and on a second process) while every database connection of
 * both is terminated every 0.7 s. Prints what the clients saw, whether every acknowledged order is
 * in the database, how long the service took to answer again after the last cut, and whether both
 * streams got a change made after the cuts.
 */
import { spawnServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable } from '../../server/test-support/services-available';
import { runDatabaseCuts } from '../../server/test-support/database-cuts';
import { heldPoolClients, listenConnections, settlesTo } from '../../server/test-support/connection-leaks';

/** `--seconds 60` or `--seconds=60`. */
function secondsArg(argv: string[]): number {
  const i = argv.findIndex((a) => a === '--seconds' || a.startsWith('--seconds='));
  if (i < 0) return 60;
  const value = Number(argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--seconds wants a positive number, not ${argv[i + 1]}`);
  return value;
}
const SECONDS = secondsArg(process.argv.slice(2));

if (!(await serviceAvailable('PostgreSQL'))) process.exit(0);
const db = await createPostgresTestDatabase();
const env = { PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'error', VITRINE_RATE_LIMIT: 'off' };
const server = await spawnServer(env);
const other = await spawnServer(env);
try {
  const f = await runDatabaseCuts({ baseUrl: server.url, databaseUrl: db.url, seconds: SECONDS, clients: 16, otherBaseUrl: other.url });
  const alive = server.process.exitCode === null && other.process.exitCode === null;
  console.log(`database cuts: ${f.cuts} in ${SECONDS} s (one every 0.7 s), ${f.terminated} connections terminated`);
  console.log(`requests: ${f.requests}; by status: ${JSON.stringify(f.statuses)}`);
  console.log(`server processes still up: ${alive ? 'yes' : 'NO'}; 5xx other than 503: ${f.unexpected5xx}`);
  console.log(`acknowledged orders found in the database: ${f.ordersFound} / ${f.acknowledgedOrders}; acknowledged cart changes found: ${f.changesFound} / ${f.acknowledgedChanges}`);
  console.log(`recovery after the last cut: ${Math.round(f.recoveryMs)} ms`);
  console.log(`change after the cuts answered ${f.resyncCommandStatus}; cart stream on the same process resynced: ${f.streamResynced ? 'yes' : 'NO'}, on the other process: ${f.otherStreamResynced ? 'yes' : 'NO'}`);
  console.log(`first answer seen per status: ${JSON.stringify(Object.fromEntries(Object.entries(f.samples).filter(([k]) => !k.startsWith('2'))))}`);
  const held = [await settlesTo(() => heldPoolClients(server.url), 0, 3000), await settlesTo(() => heldPoolClients(other.url), 0, 3000)];
  const listens = await listenConnections(db.url);
  const oneListenEach = Object.values(listens).length === 2 && Object.values(listens).every((n) => n === 2);
  console.log(`pooled clients still held 3 s after the run, per process: ${held.join(', ')}; LISTEN connections: ${JSON.stringify(listens)} (one per channel per process wanted)`);
  if (held.some((n) => n !== 0) || !oneListenEach || !alive || f.unexpected5xx || f.ordersFound !== f.acknowledgedOrders || f.changesFound !== f.acknowledgedChanges || !f.streamResynced || !f.otherStreamResynced || f.recoveryMs >= 2000) process.exitCode = 1;
} finally {
  await Promise.all([server.stop(), other.stop()]);
  await db.drop();
}
