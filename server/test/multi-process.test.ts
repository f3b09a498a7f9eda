import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serviceAvailable, TEST_REDIS_URL } from '../test-support/services-available';
import { createPostgresTestDatabase } from '../test-support/postgres-test-database';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { openSse } from '../test-support/sse-reader';
import { TestClient } from '../test-support/test-client';
import type { Cart } from '../../shared/cart/cart';

const hasPg = await serviceAvailable('PostgreSQL');
const hasRedis = hasPg && (await serviceAvailable('Redis'));

/** Two real server processes on one PostgreSQL: a change made through one reaches streams held by the other. */
async function crossProcess(a: SpawnedServer, b: SpawnedServer) {
  const onA = await TestClient.guest(a.url);
  const cart = await onA.cart();
  // The same customer's phone is connected to the other process.
  const phone = await openSse(`${b.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${onA.token}` });
  expect((await phone.next()).id).toBe(String(cart.version));
  const sent = performance.now();
  const r = await onA.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 2, fulfilment: { type: 'ship' } }], { channel: 'app' });
  const e = await phone.next(5000);
  const ms = performance.now() - sent;
  expect(e.id).toBe(String(r.body.version));
  expect((JSON.parse(e.data) as Cart).lines[0]?.qty).toBe(2);
  // A stream that was away catches up by version on reconnect.
  phone.close();
  const r2 = await onA.commands(cart.id, [{ type: 'setQty', lineId: r.body.lines[0].id, qty: 3 }]);
  const back = await openSse(`${b.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${onA.token}`, 'last-event-id': e.id! });
  const caught = await back.next();
  expect(caught.id).toBe(String(r2.body.version));
  back.close();
  return ms;
}

describe.runIf(hasPg)('two server processes sharing one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createPostgresTestDatabase>>;
  const servers: SpawnedServer[] = [];
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  it('deliver a change made on one to streams held on the other (LISTEN/NOTIFY)', async () => {
    const a = await spawnServer({ PORT: '0', DATABASE_URL: db.url });
    servers.push(a);
    const b = await spawnServer({ PORT: '0', DATABASE_URL: db.url });
    servers.push(b);
    expect(a.output()).toMatch(/live fan-out: postgres/);
    const ms = await crossProcess(a, b);
    console.log(`cross-process propagation via LISTEN/NOTIFY: ${ms.toFixed(1)} ms`);
  }, 120_000);

  it.runIf(hasRedis)('and do the same through Redis pub/sub when REDIS_URL is set', async () => {
    const a = await spawnServer({ PORT: '0', DATABASE_URL: db.url, REDIS_URL: `${TEST_REDIS_URL}/5` });
    servers.push(a);
    const b = await spawnServer({ PORT: '0', DATABASE_URL: db.url, REDIS_URL: `${TEST_REDIS_URL}/5` });
    servers.push(b);
    expect(a.output()).toMatch(/live fan-out: redis/);
    expect(((await (await fetch(`${a.url}/api/health`)).json()) as { presence: string }).presence).toBe('redis');
    const ms = await crossProcess(a, b);
    console.log(`cross-process propagation via Redis: ${ms.toFixed(1)} ms`);
  }, 120_000);
});

describe('the embedded database serves one process only', () => {
  it('refuses a second process on the same data folder with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-lock-'));
    const first = await spawnServer({ PORT: '0', VITRINE_DATA_DIR: dir });
    try {
      const second = spawnServer({ PORT: '0', VITRINE_DATA_DIR: dir });
      await expect(second).rejects.toMatchObject({ code: 2 });
      await second.catch((e: { output: string }) => expect(e.output).toMatch(/already in use by process \d+/));
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      await first.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
