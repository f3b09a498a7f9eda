import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { Client } from '@colyseus/sdk';
import { serviceAvailable, TEST_REDIS_URL } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { freePort, nginxAvailable, renderVitrineConf, startNginx, UPSTREAM_HEADER, type NginxFront } from '../test-support/nginx-front';
import { openSse } from '../test-support/sse-reader';
import { TestClient, type Answer } from '../test-support/test-client';
import { eventually, pose } from '../rooms/test/room-harness';
import { handCartTo } from './pos-helpers';
import { ROOM_NAME } from '../../shared/room/protocol';
import type { Cart } from '../../shared/cart/cart';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

// Its own Redis database, so other suites' room listings and keys never mix with these.
const REDIS_DB = 9;
const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = await serviceAvailable('Redis');
const nginx = nginxAvailable();
const ready = hasPg && hasRedis && nginx !== undefined;
if (!ready) console.warn('SKIPPING the test through nginx: it needs nginx, PostgreSQL and Redis (see the reasons above)');

type Process = 'A' | 'B';

/**
 * Two server processes behind the repository's nginx configuration (deploy/nginx/vitrine.conf),
 * on one PostgreSQL and one Redis, reached only through nginx's one port.
 */
describe.runIf(ready)('two processes behind nginx on one address', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  const servers: SpawnedServer[] = [];
  let front: NginxFront;
  let ports: Record<Process, number>;

  beforeAll(async () => {
    const redis = new Redis(`${TEST_REDIS_URL}/${REDIS_DB}`);
    await redis.flushdb();
    await redis.quit();
    db = await createPostgresTestDatabase();
    const frontPort = await freePort();
    const env = (n: number) => ({
      PORT: '0',
      DATABASE_URL: db.url,
      REDIS_URL: `${TEST_REDIS_URL}/${REDIS_DB}`,
      LOG_LEVEL: 'warn',
      // What start:cluster gives process n: its rooms' websockets come back through nginx to it.
      VITRINE_PUBLIC_ADDRESS: `127.0.0.1:${frontPort}/rooms/${n}`,
    });
    const first = await spawnServer(env(1));
    servers.push(first);
    const second = await spawnServer(env(2));
    servers.push(second);
    ports = { A: Number(new URL(first.url).port), B: Number(new URL(second.url).port) };
    front = await startNginx(nginx!, frontPort, renderVitrineConf(frontPort, [ports.A, ports.B]));
  }, 120_000);

  afterAll(async () => {
    await front?.stop();
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  const processOf = (headers: Headers): Process | undefined => {
    const upstream = headers.get(UPSTREAM_HEADER);
    return upstream === `127.0.0.1:${ports.A}` ? 'A' : upstream === `127.0.0.1:${ports.B}` ? 'B' : undefined;
  };

  /**
   * nginx takes turns between the two processes (round robin, one worker). Harmless requests move
   * the turn until the next request goes to `target`; the caller then checks where it went.
   */
  async function nextGoesTo(target: Process): Promise<void> {
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${front.url}/api/health`);
      await r.arrayBuffer();
      if (processOf(r.headers) !== undefined && processOf(r.headers) !== target) return;
    }
    throw new Error('nginx does not alternate between the two processes');
  }

  async function on<T>(target: Process, send: () => Promise<Answer<T>>): Promise<Answer<T>> {
    await nextGoesTo(target);
    const r = await send();
    expect(processOf(r.headers), `answered by process ${target}`).toBe(target);
    return r;
  }

  it('serves one store on one port: a customer, an advisor and a clerk on different processes share one cart, live', async () => {
    const health = await (await fetch(`${front.url}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, db: 'postgres', presence: 'redis' });

    const customer = await TestClient.login(front.url, 'camille@vitrine.demo');
    const clerk = await TestClient.login(front.url, 'lyon@vitrine.demo');
    const advisor = await TestClient.login(front.url, 'ines@vitrine.demo');

    // The customer's cart, made through process A.
    const made = await on('A', () => customer.post<Cart>('/api/carts', undefined, { 'x-channel': 'web' }));
    const cart = made.body;
    // Their phone follows it through process A.
    await nextGoesTo('A');
    const phone = await openSse(`${front.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${customer.token}` });
    expect(phone.status).toBe(200);
    expect(processOf(phone.headers)).toBe('A');
    expect((await phone.next()).id).toBe(String(cart.version));

    // The clerk opens it with the customer's code and adds a line, through process B.
    await handCartTo(customer, clerk, cart.id, 'store');
    const added = await on('B', () =>
      clerk.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 2, fulfilment: { type: 'ship' } }], { channel: 'store' }),
    );
    expect(added.status).toBe(200);
    const seen = await phone.next(5000);
    expect(seen.id).toBe(String(added.body.version));
    expect((JSON.parse(seen.data) as Cart).lines.map((l) => [l.productId, l.qty])).toEqual([['chair-arc', 2]]);

    // The advisor follows the same cart through process B; the customer changes it through A.
    await handCartTo(customer, advisor, cart.id, 'advisor');
    await nextGoesTo('B');
    const advisorStream = await openSse(`${front.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${advisor.token}` });
    expect(processOf(advisorStream.headers)).toBe('B');
    expect((JSON.parse((await advisorStream.next()).data) as Cart).version).toBe(added.body.version);
    const changed = await on('A', () => customer.commands(cart.id, [{ type: 'setQty', lineId: added.body.lines[0].id, qty: 3 }]));
    expect(changed.status).toBe(200);
    for (const stream of [advisorStream, phone]) {
      const e = await stream.next(5000);
      expect(e.id).toBe(String(changed.body.version));
      expect((JSON.parse(e.data) as Cart).lines[0]?.qty).toBe(3);
    }

    // Every reader, on either process, reads the same cart.
    const readA = await on('A', () => clerk.get<Cart>(`/api/carts/${cart.id}`));
    const readB = await on('B', () => advisor.get<Cart>(`/api/carts/${cart.id}`));
    expect(readA.body).toEqual(changed.body);
    expect(readB.body).toEqual(changed.body);
    phone.close();
    advisorStream.close();
  }, 60_000);

  it('puts a customer and an advisor in the same showroom room, whichever process they ask, with websockets through nginx', async () => {
    const customer = await TestClient.login(front.url, 'hugo@vitrine.demo');
    const advisor = await TestClient.login(front.url, 'theo@vitrine.demo');
    await nextGoesTo('A');
    const onA = await new Client(front.url).joinOrCreate(ROOM_NAME, { token: customer.token, storeId: 'store-lyon' });
    await nextGoesTo('B');
    const onB = await new Client(front.url).joinOrCreate(ROOM_NAME, { token: advisor.token, storeId: 'store-lyon' });
    expect(onB.roomId).toBe(onA.roomId);
    await onB.waitForInitialState();
    onA.send('pose', { h: pose(1, 1.6, 1) });
    onB.send('pose', { h: pose(-1, 1.7, 2) });
    await eventually(() => {
      expect(onB.state.participants.get(onA.sessionId)?.head.x).toBeCloseTo(1, 2);
      expect(onA.state.participants.get(onB.sessionId)?.head.x).toBeCloseTo(-1, 2);
      expect(onA.state.participants.get(onB.sessionId)?.role).toBe('advisor');
    }, 5000);
    await Promise.all([onA.leave(), onB.leave()]);

    // Both seat reservations were asked of a different process, and both websockets went through
    // nginx to the one process that holds the room (nginx logs a websocket when it closes).
    const upstreamOf = (line: string) => line.split(' ').at(-1);
    const matchmaking = front.accessLog().split('\n').filter((l) => l.includes('"POST /matchmake/joinOrCreate/showroom'));
    expect(matchmaking.map(upstreamOf)).toEqual([`127.0.0.1:${ports.A}`, `127.0.0.1:${ports.B}`]);
    await eventually(() => {
      const sockets = front.accessLog().split('\n').filter((l) => l.includes(`/${onA.roomId}?`));
      expect(sockets).toHaveLength(2);
      const prefixes = sockets.map((l) => /^"GET (\/rooms\/\d+)\//.exec(l)?.[1]);
      const holder = prefixes[0] === '/rooms/1' ? ports.A : ports.B;
      expect(prefixes[0]).toMatch(/^\/rooms\/[12]$/);
      expect(prefixes[1]).toBe(prefixes[0]);
      for (const l of sockets) expect(l).toMatch(new RegExp(`" 101 127\\.0\\.0\\.1:${holder}$`));
    }, 5000);
  }, 60_000);
});
