import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { Client } from '@colyseus/sdk';
import { serviceAvailable, TEST_REDIS_URL } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { openSse } from '../test-support/sse-reader';
import { TestClient } from '../test-support/test-client';
import { eventually, pose } from './test/room-harness';
import { ROOM_NAME } from '../../shared/room/protocol';
import type { HelpRequestView } from '../../shared/room/help';

// Rooms' own Redis database, so other suites' keys never mix with the room cache.
const REDIS_DB = 7;
const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = hasPg && (await serviceAvailable('Redis'));
if (!hasPg || !hasRedis) console.warn('SKIPPING the two-process room test: it needs both PostgreSQL and Redis (see the reason above)');

describe.runIf(hasRedis)('rooms across two server processes (Redis presence and driver, one PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  let a: SpawnedServer;
  let b: SpawnedServer;
  beforeAll(async () => {
    const redis = new Redis(`${TEST_REDIS_URL}/${REDIS_DB}`);
    await redis.flushdb();
    await redis.quit();
    db = await createPostgresTestDatabase();
    const env = { PORT: '0', DATABASE_URL: db.url, REDIS_URL: `${TEST_REDIS_URL}/${REDIS_DB}`, LOG_LEVEL: 'warn' };
    a = await spawnServer(env);
    b = await spawnServer(env);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('joins, from one process, a room created through the other, and both see each other move', async () => {
    expect((await new TestClient(a.url).get('/api/health')).body.presence).toBe('redis');
    const camille = await TestClient.login(a.url, 'camille@vitrine.demo');
    const ines = await TestClient.login(b.url, 'ines@vitrine.demo');
    const onA = await new Client(a.url).joinOrCreate(ROOM_NAME, { token: camille.token, storeId: 'store-paris' });
    const onB = await new Client(b.url).joinById(onA.roomId, { token: ines.token });
    await onB.waitForInitialState();
    onA.send('pose', { h: pose(1, 1.6, 1) });
    onB.send('pose', { h: pose(-1, 1.7, 2) });
    await eventually(() => {
      expect(onB.state.participants.get(onA.sessionId).head.x).toBeCloseTo(1, 2);
      expect(onA.state.participants.get(onB.sessionId).head.x).toBeCloseTo(-1, 2);
    }, 5000);
    // joinOrCreate through the other process finds the same public room rather than opening one.
    const viaB = await new Client(b.url).joinOrCreate(ROOM_NAME, { token: camille.token, storeId: 'store-paris' });
    expect(viaB.roomId).toBe(onA.roomId);
    await Promise.all([onA.leave(), onB.leave(), viaB.leave()]);
  }, 60_000);

  it('serves the help queue across processes: asked on one, seen live and accepted on the other, one room for both', async () => {
    const ines = await TestClient.login(b.url, 'ines@vitrine.demo');
    const queue = await openSse(`${b.url}/api/help/queue/events?token=${ines.token}`);
    await queue.next();
    const customer = await TestClient.guest(a.url);
    await customer.cart();
    const asked = await customer.post<HelpRequestView>('/api/help/requests', { productId: 'sofa-oslo-3' });
    const seen = JSON.parse((await queue.next(5000)).data) as { items: HelpRequestView[] };
    expect(seen.items.map((i) => i.id)).toContain(asked.body.id);
    queue.close();
    const accepted = await ines.post(`/api/help/requests/${asked.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const door = await customer.post(`/api/sessions/${accepted.body.session.id}/room`);
    expect(door.body.roomId).toBe(accepted.body.roomId);
    const adv = await new Client(b.url).joinById(accepted.body.roomId, { token: ines.token });
    const cus = await new Client(a.url).joinById(door.body.roomId, { token: customer.token });
    await cus.waitForInitialState();
    adv.send('spotlight', { productId: 'sofa-oslo-3' });
    adv.send('cart.add', { productId: 'sofa-oslo-3' });
    await eventually(() => expect(cus.state.spotlight.productId).toBe('sofa-oslo-3'), 5000);
    await eventually(async () => expect((await customer.get(`/api/carts/${accepted.body.cartId}`)).body.lines).toHaveLength(1), 5000);
    // Ended on process A: the room, wherever it runs, hears it and closes.
    const ended = new Promise((r) => cus.onMessage('ended', r));
    expect((await customer.post(`/api/sessions/${accepted.body.session.id}/end`)).status).toBe(200);
    await ended;
  }, 60_000);
});
