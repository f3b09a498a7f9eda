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
/** How long Redis stays away during the run: a few seconds here, 30 to measure a long outage. */
const OUTAGE_S = Number(process.env.VITRINE_TEST_REDIS_OUTAGE_SECONDS ?? 3);
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
  // A second process: a change made on the first reaches its streams only through Redis.
  let other: SpawnedServer | undefined;
  afterAll(async () => {
    await Promise.all([server?.stop(), other?.stop()]);
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

    const second = await spawnServer({ PORT: '0', DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${proxy.port}/${REDIS_DB}`, LOG_LEVEL: 'warn' });
    other = second;
    const guest = await TestClient.guest(url);
    const cart = await guest.cart();
    const streams = await Promise.all([url, second.url].map(async (u) => {
      const s = await openSse(`${u}/api/carts/${cart.id}/events`, { authorization: `Bearer ${guest.token}` });
      await s.next();
      return s;
    }));
    const join = async () => {
      const room = await new Client(url).joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-lyon' });
      await room.leave();
      return true;
    };
    expect(await join()).toBe(true);
    const add = async () => {
      const r = await guest.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 1, fulfilment: { type: 'ship' } }]);
      expect(r.status).toBe(200);
      return r.body.version as number;
    };

    // An outage during the run: /api/ready says 503 all along, and the cart still changes (its
    // database is there); the other process hears of that change only once Redis is back.
    await proxy.cut();
    const noticed = await until('a 503 from /api/ready during the cut', async () => (await ready(url))?.status === 503, 5_000);
    const during: Record<string, number> = {};
    let duringChange = 0;
    for (const end = performance.now() + OUTAGE_S * 1000; performance.now() < end; await sleep(500)) {
      const [a, b] = await Promise.all([ready(url), ready(second.url)]);
      for (const r of [a, b]) during[r?.status ?? 'none'] = (during[r?.status ?? 'none'] ?? 0) + 1;
      if (!duringChange) duringChange = await add();
    }
    expect((await ready(url))?.body).toMatchObject({ ok: false, down: ['redis'] });
    expect(Object.keys(during)).toEqual(['503']);
    await proxy.restore();
    const restored = performance.now();

    const back = await until('ready again', async () => (await ready(url))?.status === 200 && (await ready(second.url))?.status === 200, 10_000);
    const joined = await until('a room join', join, 10_000);
    const caughtUp = await until('the change made during the outage on the other process', async () => {
      const e = await streams[1]!.next(1000).catch(() => undefined);
      return e && Number(e.id) >= duringChange ? e : undefined;
    }, 10_000);
    const caughtUpMs = performance.now() - restored;
    const afterChange = await add();
    const streamed = await Promise.all(streams.map((s, i) => until(`the change after the outage on process ${i + 1}`, async () => {
      const e = await s.next(1000).catch(() => undefined);
      return e && Number(e.id) >= afterChange ? e : undefined;
    }, 10_000)));
    console.log(`redis outage of ${OUTAGE_S} s: /api/ready 503 after ${Math.round(noticed.ms)} ms and ${JSON.stringify(during)} while away; ready again ${Math.round(back.ms)} ms after Redis returned, room join after ${Math.round(back.ms + joined.ms)} ms, the other process's stream had the change made during the outage ${Math.round(caughtUpMs)} ms after, a change after it reached both streams in ${streamed.map((x) => Math.round(x.ms)).join(' and ')} ms`);
    for (const s of streams) s.close();
    expect(server.process.exitCode).toBeNull();
    expect(second.process.exitCode).toBeNull();
    expect(caughtUp.value).toBeDefined();
  }, 180_000 + OUTAGE_S * 1000);
});
