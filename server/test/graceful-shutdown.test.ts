import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { TestClient } from '../test-support/test-client';
import { boxGlb } from '../models/model-fixtures';
import { ROOM_CLOSE, ROOM_NAME } from '../../shared/room/room-constants';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PUT whose body arrives in pieces over `ms`: a request still in flight when the signal comes. */
function slowUpload(url: string, token: string, body: Uint8Array, ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'PUT', headers: { 'content-type': 'model/gltf-binary', 'content-length': body.length, authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const pieces = 10;
    const size = Math.ceil(body.length / pieces);
    let i = 0;
    const tick = setInterval(() => {
      req.write(body.subarray(i * size, (i + 1) * size));
      if (++i >= pieces) {
        clearInterval(tick);
        req.end();
      }
    }, ms / pieces);
  });
}

describe('SIGTERM', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-shutdown-'));
  let server: SpawnedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, refuses new work, tells rooms and streams to go elsewhere, and exits within 10 s', async () => {
    server = await spawnServer({ PORT: '0', VITRINE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const guest = await TestClient.guest(server.url);
    const cart = await guest.cart();
    const admin = await TestClient.login(server.url, 'admin@vitrine.demo');
    const product = (await admin.get<{ dimensionsM: { w: number; h: number; d: number } }>('/api/products/chair-mora')).body;

    const stream = await fetch(`${server.url}/api/carts/${cart.id}/events`, { headers: { authorization: `Bearer ${guest.token}`, accept: 'text/event-stream' } });
    const streamEnded = (async () => {
      const reader = stream.body!.getReader();
      for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return performance.now();
    })();
    const room = await new Client(server.url).joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-lyon' });
    const roomLeft = new Promise<number>((resolve) => room.onLeave((code: number) => resolve(code)));

    const glb = await boxGlb({ size: [product.dimensionsM.w, product.dimensionsM.h, product.dimensionsM.d] });
    const upload = slowUpload(`${server.url}/api/admin/products/chair-mora/model`, admin.token!, glb, 1500);
    await sleep(300);
    const signalled = performance.now();
    const exited = new Promise<number | null>((resolve) => server!.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');
    await sleep(200);

    const fresh = await fetch(`${server.url}/api/health`).then((r) => r.status, () => 'refused');
    expect(['refused', 503]).toContain(fresh);
    expect(await upload).toBe(202);
    expect(await roomLeft).toBe(ROOM_CLOSE.serverShutdown);
    expect(await streamEnded).toBeLessThan(signalled + 10_000);
    expect(await exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(10_000);
    server = undefined;
  }, 120_000);
});
