import pg from 'pg';

/**
 * A node-postgres pool that survives losing its server. A connection can die at any time (a
 * restart, a failover, `pg_terminate_backend`); node-postgres then emits `error` on the client,
 * and a client checked out of the pool (a transaction, a prepared statement) has no listener of
 * its own: the event would be uncaught and end the process. The query in flight fails on its own
 * (and answers 503, see database-unavailable.ts); the pool drops the broken client on release.
 *
 * A checked-out client whose connection dies goes back to the pool at once (see
 * `releasedWhenLost`): a holder that never gets to release it must not keep its slot forever.
 *
 * @example const pool = openPool(url, 10);
 */
export function openPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  // The callback form is how the pool's own `query` checks out a client; it releases on every path.
  const connect = pool.connect.bind(pool) as (callback?: Parameters<pg.Pool['connect']>[0]) => Promise<pg.PoolClient> | undefined;
  pool.connect = ((callback?: Parameters<pg.Pool['connect']>[0]) =>
    callback ? connect(callback) : connect()!.then(releasedWhenLost)) as pg.Pool['connect'];
  return pool;
}

/**
 * Drizzle's transaction on a pool sends `begin` before the `try` whose `finally` releases the
 * client: when the connection is cut just then, nobody releases it, and under repeated cuts a pool
 * of ten ended with every slot held by a dead client, answering 503 long after the database came
 * back. So a checked-out client that loses its connection releases itself, as broken; its
 * holder's own release afterwards does nothing.
 */
function releasedWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  const done = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off('end', lost);
    release(err);
  };
  const lost = () => done(new Error('the database connection was lost'));
  client.once('end', lost);
  client.release = done;
  return client;
}
