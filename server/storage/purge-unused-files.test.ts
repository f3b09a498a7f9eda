import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { products } from '../db/schema/commerce';
import { jobs } from '../db/schema/operations';
import { loadSeedData } from '../seed/seed-data';
import { openTestDatabase } from '../test-support/test-database';
import { contentKey, type FileStore } from './file-store';
import { createLocalFileStore } from './local-file-store';
import { purgeUnusedFiles, UNUSED_FILE_GRACE_MS } from './purge-unused-files';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('purging files nothing uses', () => {
  let database: Database;
  let close: () => Promise<void>;
  let files: FileStore;
  const k = {
    current: contentKey('models/lamp', bytes('current glb'), 'glb'),
    currentPoster: contentKey('posters/lamp', bytes('current poster'), 'webp'),
    variant: contentKey('models/lamp--brass', bytes('variant glb'), 'glb'),
    replaced: contentKey('models/lamp', bytes('replaced glb'), 'glb'),
    replacedPoster: contentKey('posters/lamp', bytes('replaced poster'), 'webp'),
    pendingUpload: contentKey('uploads/lamp', bytes('waiting upload'), 'glb'),
    failedUpload: contentKey('uploads/lamp', bytes('failed upload'), 'glb'),
  };

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase('embedded'));
    files = createLocalFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-purge-')));
    for (const [name, key] of Object.entries(k)) await files.put(key, bytes(name));
    const seed = loadSeedData().products.find((p) => p.variants.length > 0);
    if (!seed) throw new Error('the seed has no product with variants');
    const [first, ...rest] = seed.variants;
    if (!first) throw new Error('no variant');
    const lamp = {
      ...seed,
      id: 'lamp',
      model: { glb: files.url(k.current), usdz: '/models/lamp.usdz' },
      thumbnail: files.url(k.currentPoster),
      variants: [{ ...first, model: { glb: files.url(k.variant), usdz: '/models/lamp.usdz' } }, ...rest],
      // A draft still owns its files: publishing it again must not find them gone.
      status: 'draft' as const,
    };
    await database.db.insert(products).values({ id: lamp.id, sku: lamp.sku, category: lamp.category, data: lamp });
    await database.db.insert(jobs).values([
      { id: 'job-waiting', kind: 'model.process', state: 'queued', payload: { uploadKey: k.pendingUpload } },
      { id: 'job-failed', kind: 'model.process', state: 'failed', payload: { uploadKey: k.failedUpload } },
    ]);
  });
  afterAll(() => close());

  const remaining = async () => {
    const keys: string[] = [];
    for (const prefix of ['uploads/', 'models/', 'posters/']) for await (const f of files.list(prefix)) keys.push(f.key);
    return keys.sort();
  };

  const unusedSince = new Map<string, number>();
  const start = Date.now();

  it('keeps every file while it is new, even unused ones', async () => {
    const { deleted } = await purgeUnusedFiles(database.db, files, new Date(start), unusedSince);
    expect(deleted).toEqual([]);
    expect(await remaining()).toEqual(Object.values(k).sort());
  });

  it('keeps an old file for the grace period counted from when a sweep first found it unused', async () => {
    // A sweep that had never run before finds old files unused: their grace starts now.
    const fresh = new Map<string, number>();
    const { deleted } = await purgeUnusedFiles(database.db, files, new Date(start + 2 * UNUSED_FILE_GRACE_MS), fresh);
    expect(deleted).toEqual([]);
    expect([...fresh.keys()].sort()).toEqual([k.failedUpload, k.replaced, k.replacedPoster].sort());
  });

  it('then deletes a replaced model, its poster and a failed job\'s upload, and keeps what products and waiting jobs use', async () => {
    const later = new Date(start + UNUSED_FILE_GRACE_MS + 60_000);
    const { deleted } = await purgeUnusedFiles(database.db, files, later, unusedSince);
    expect(deleted.sort()).toEqual([k.failedUpload, k.replaced, k.replacedPoster].sort());
    expect(await remaining()).toEqual([k.current, k.currentPoster, k.variant, k.pendingUpload].sort());
    expect(unusedSince.size).toBe(0);
  });
});
