import pg from 'pg';

/**
 * A node-postgres pool that survives losing its server. A connection can die at any time (a
 * restart, a failover, `pg_terminate_backend`); node-postgres then emits `error` on the client,
 * and a client checked out of the pool (a transaction, a prepared statement) has no listener of
 * its own: the event would be uncaught and end the process. The query in flight fails on its own
 * (and answers 503, see database-unavailable.ts); the pool drops the broken client on release.
 *
 * @example const pool = openPool(url, 10);
 */
export function openPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}
