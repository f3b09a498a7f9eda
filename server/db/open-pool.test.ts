import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { serviceAvailable } from '../test-support/services-available';
import { openPool } from './open-pool';

const hasPg = await serviceAvailable('PostgreSQL');

describe.runIf(hasPg)('a pool whose connections are cut', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let admin: pg.Client;
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await db?.drop();
  });

  const cut = async (client: pg.PoolClient) => {
    const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    // `events.once` would reject on the 'error' node-postgres emits first.
    const ended = new Promise((resolve) => client.once('end', resolve));
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await ended;
  };

  it('gets back the slot of a checked-out client that lost its connection, even if its holder never releases it', async () => {
    const pool = openPool(db.url, 1);
    try {
      const held = await pool.connect();
      await cut(held);
      expect(pool.totalCount).toBe(0);
      // The only slot is free again: without that, this waits for a connection and times out.
      expect((await pool.query<{ one: number }>('select 1 as one')).rows[0]!.one).toBe(1);
      // The holder's own late release is harmless.
      expect(() => held.release()).not.toThrow();
      expect(pool.totalCount).toBe(1);
    } finally {
      await pool.end();
    }
  });

  it('keeps a client its holder released normally', async () => {
    const pool = openPool(db.url, 1);
    try {
      const c = await pool.connect();
      const pid = (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      c.release();
      expect(() => c.release()).not.toThrow();
      const again = await pool.connect();
      expect((await again.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid).toBe(pid);
      again.release();
      expect(pool.idleCount).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
