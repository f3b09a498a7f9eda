/**
 * npm run bench:faults [-- --seconds=60]
 *
 * A server process on PostgreSQL under mixed load (guests adding to carts and checking out, a
 * cart stream following along) while every one of its database connections is terminated every
 * 0.7 s. Prints what the clients saw, whether every acknowledged order is in the database, and how
 * long the service took to answer again after the last cut.
 */
import { spawnServer } from '../../server/test-support/spawn-server';
import { createPostgresTestDatabase } from '../../server/test-support/postgres-test-database';
import { serviceAvailable } from '../../server/test-support/services-available';
import { runDatabaseCuts } from '../../server/test-support/database-cuts';

const arg = process.argv.find((a) => a.startsWith('--seconds='));
const SECONDS = arg ? Number(arg.split('=')[1]) : 60;

if (!(await serviceAvailable('PostgreSQL'))) process.exit(0);
const db = await createPostgresTestDatabase();
const server = await spawnServer({ PORT: '0', DATABASE_URL: db.url, LOG_LEVEL: 'error', VITRINE_RATE_LIMIT: 'off' });
try {
  const f = await runDatabaseCuts({ baseUrl: server.url, databaseUrl: db.url, seconds: SECONDS, clients: 16 });
  const alive = server.process.exitCode === null;
  console.log(`database cuts: ${f.cuts} in ${SECONDS} s (one every 0.7 s), ${f.terminated} connections terminated`);
  console.log(`requests: ${f.requests}; by status: ${JSON.stringify(f.statuses)}`);
  console.log(`server process still up: ${alive ? 'yes' : 'NO'}; 5xx other than 503: ${f.unexpected5xx}`);
  console.log(`acknowledged orders found in the database: ${f.ordersFound} / ${f.acknowledgedOrders}`);
  console.log(`recovery after the last cut: ${Math.round(f.recoveryMs)} ms; cart stream resynced: ${f.streamResynced ? 'yes' : 'NO'}`);
  if (!alive || f.unexpected5xx || f.ordersFound !== f.acknowledgedOrders || !f.streamResynced) process.exitCode = 1;
} finally {
  await server.stop();
  await db.drop();
}
