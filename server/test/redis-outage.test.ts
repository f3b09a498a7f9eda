import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { serviceAvailable, TEST_REDIS_URL } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { startTcpProxy } from '../test-support/tcp-proxy';
import { TestClient } from '../test-support/test-client';
import { openSse } from '../test-support/sse-reader';
import { ROOM_NAME } from '../../shared/room/protocol';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = hasPg && (await serviceAvailable('Redis'));
const REDIS_DB = 13;
const PORT = 4521;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(url: string) {
  const r = await fetch(`${url}/api/ready`).catch(() => undefined);
  return r ? { status: r.status, body: (await r.json()) as { ok: boolean; down?: string[] } } : undefined;
}

async function until<T>(what: string, f: () => Promise<T | undefined | false>, ms: number): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v) return { value: v, ms: performance.now() - start };
    if (performance.now() - start > ms) throw new Error(`${what} not within ${ms} ms`);
    await sleep(100);
  }
}

describe.runIf(hasRedis)('Redis going away and coming back', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let server: SpawnedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('starts without Redis, says 503 on /api/ready while it is away, and recovers rooms and streams by itself', async () => {
    const redisPort = Number(new URL(TEST_REDIS_URL).port || 6379);
    const proxy = await startTcpProxy(redisPort, new URL(TEST_REDIS_URL).hostname, { closed: true });
    db = await createPostgresTestDatabase();
    const url = `http://127.0.0.1:${PORT}`;
    const starting = spawnServer({ PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${proxy.port}/${REDIS_DB}`, LOG_LEVEL: 'warn' }, 120_000);
    starting.catch(() => {});

    // Redis is not there at start: the process serves /api/ready with a 503 and stays up.
    const down = await until('a 503 from /api/ready', async () => {
      const r = await ready(url);
      return r?.status === 503 ? r : undefined;
    }, 60_000);
    expect(down.value.body).toMatchObject({ ok: false, down: ['redis'] });
    await sleep(3000);
    expect((await ready(url))?.status).toBe(503);

    await proxy.restore();
    server = await starting;
    await until('ready', async () => (await ready(url))?.status === 200, 10_000);

    const guest = await TestClient.guest(url);
    const cart = await guest.cart();
    const stream = await openSse(`${url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${guest.token}` });
    await stream.next();
    const join = async () => {
      const room = await new Client(url).joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-lyon' });
      await room.leave();
      return true;
    };
    expect(await join()).toBe(true);

    // An outage during the run.
    await proxy.cut();
    await until('a 503 from /api/ready during the cut', async () => (await ready(url))?.status === 503, 5_000);
    await sleep(3000);
    expect((await ready(url))?.body).toMatchObject({ ok: false, down: ['redis'] });
    await proxy.restore();

    const back = await until('ready again', async () => (await ready(url))?.status === 200, 10_000);
    const joined = await until('a room join', join, 10_000);
    const changed = await guest.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 1, fulfilment: { type: 'ship' } }]);
    expect(changed.status).toBe(200);
    const streamed = await until('the change on the stream', async () => {
      const e = await stream.next(1000).catch(() => undefined);
      return e && Number(e.id) >= changed.body.version ? e : undefined;
    }, 10_000);
    console.log(`redis outage: ready again ${Math.round(back.ms)} ms after Redis returned, room join after ${Math.round(back.ms + joined.ms)} ms, stream caught up ${Math.round(streamed.ms)} ms after the change`);
    stream.close();
    expect(server.process.exitCode).toBeNull();
  }, 180_000);
});
