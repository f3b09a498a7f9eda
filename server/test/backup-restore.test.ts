import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../test-support/spawn-server';
import { TestClient } from '../test-support/test-client';
import { boxGlb } from '../models/model-fixtures';
import type { Product } from '../../shared/catalogue/product';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const cli = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', `server/backup/${script}`, ...args], { cwd: root, env: { ...process.env, ...env } });

describe('backing up the embedded store while it serves, and restoring it', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-backup-'));
  let server: SpawnedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds every cart, order and uploaded file of the backup after a restore, and nothing made after it', async () => {
    const env = { PORT: '0', VITRINE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    server = await spawnServer(env);
    const shopper = await TestClient.guest(server.url);
    const paid = await shopper.cart();
    await shopper.commands(paid.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 2, fulfilment: { type: 'ship' } }]);
    const order = await shopper.checkout(paid.id, 'backup-order-1');
    expect(order.status).toBe(201);
    const orderId = (order.body as { id: string }).id;
    const cart = await shopper.cart();
    expect(cart.id).not.toBe(paid.id);
    await shopper.commands(cart.id, [{ type: 'addLine', productId: 'vase-bulle-verre', qty: 1, fulfilment: { type: 'ship' } }]);

    const admin = await TestClient.login(server.url, 'admin@vitrine.demo');
    const before = (await admin.get<Product>('/api/products/chair-mora')).body;
    const upload = await fetch(`${server.url}/api/admin/products/chair-mora/model`, {
      method: 'PUT',
      headers: { 'content-type': 'model/gltf-binary', authorization: `Bearer ${admin.token}` },
      body: (await boxGlb({ size: [before.dimensionsM.w, before.dimensionsM.h, before.dimensionsM.d] })) as Uint8Array<ArrayBuffer>,
    });
    expect(upload.status).toBe(202);
    const { jobId } = (await upload.json()) as { jobId: string };
    const job = async () => (await admin.get<{ state: string; errors: unknown[] }>(`/api/admin/jobs/${jobId}`)).body;
    await expect.poll(async () => (await job()).state, { timeout: 90_000 }).toMatch(/succeeded|failed/);
    expect(await job()).toMatchObject({ state: 'succeeded' });
    const model = (await admin.get<Product>('/api/products/chair-mora')).body.model;

    // Refused to anyone but an admin; the CLI signs in as one.
    expect((await shopper.post('/api/admin/backups')).status).toBe(403);
    const { stdout } = await cli('backup-cli.ts', [], { VITRINE_URL: server.url, VITRINE_ADMIN_EMAIL: 'admin@vitrine.demo', VITRINE_ADMIN_PASSWORD: 'vitrine' });
    const backupDir = path.resolve(root, /Backup written to (\S+):/.exec(stdout)![1]!);
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'backup.json'), 'utf8'));
    expect(manifest.counts.orders).toBeGreaterThanOrEqual(1);
    expect(manifest.counts.files).toBeGreaterThanOrEqual(2);

    // Made after the backup: gone once it is restored.
    const later = await shopper.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 1, fulfilment: { type: 'ship' } }]);
    expect(later.status).toBe(200);

    // Restoring refuses while the server holds the data folder.
    await expect(cli('restore-cli.ts', [backupDir], { VITRINE_DATA_DIR: dataDir })).rejects.toMatchObject({ code: 2 });
    await server.stop();
    await cli('restore-cli.ts', [backupDir], { VITRINE_DATA_DIR: dataDir });
    server = await spawnServer(env);

    const again = new TestClient(server.url, shopper.token, shopper.user);
    const restored = await again.get<{ lines: { productId: string; qty: number }[] }>(`/api/carts/${cart.id}`);
    expect(restored.status).toBe(200);
    expect(restored.body.lines.map((l) => [l.productId, l.qty])).toEqual([['vase-bulle-verre', 1]]);
    const restoredOrder = await again.get<{ lines: { productId: string; qty: number }[] }>(`/api/orders/${orderId}`);
    expect(restoredOrder.status).toBe(200);
    expect(restoredOrder.body.lines.map((l) => [l.productId, l.qty])).toEqual([['lamp-bulle', 2]]);
    expect((await again.get<Product>('/api/products/chair-mora')).body.model).toEqual(model);
    for (const url of [model.glb, model.usdz]) expect((await fetch(new URL(url, server.url))).status, url).toBe(200);
  }, 240_000);
});
