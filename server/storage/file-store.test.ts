import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// s3rver ships no types; it is only used here, as a local S3-compatible server.
// @ts-expect-error untyped test dependency
import S3rver from 's3rver';
import { assertSafeKey, contentKey, IMMUTABLE_CACHE, type FileStore } from './file-store';
import { createLocalFileStore } from './local-file-store';
import { createS3FileStore } from './s3-file-store';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { serveFiles } from './serve-files';

const bytes = new TextEncoder().encode('glTF model bytes');

function behavesAsAFileStore(name: string, open: () => FileStore) {
  describe(name, () => {
    it('puts, stats, gets and deletes by key', async () => {
      const files = open();
      const key = contentKey('models/chair', bytes, 'glb');
      expect(await files.stat(key)).toBeUndefined();
      expect(await files.get(key)).toBeUndefined();
      await files.put(key, bytes);
      expect(await files.stat(key)).toEqual({ size: bytes.length, contentType: 'model/gltf-binary' });
      const got = await files.get(key);
      expect(Buffer.from(got!.body).toString()).toBe('glTF model bytes');
      await files.delete(key);
      expect(await files.stat(key)).toBeUndefined();
    });

    it('lists the keys under a prefix with when they were written', async () => {
      const files = open();
      const before = Date.now() - 60_000;
      const keys = [contentKey('posters/lamp', bytes, 'webp'), contentKey('posters/lamp/v2', bytes, 'webp'), contentKey('models/lamp', bytes, 'glb')];
      for (const k of keys) await files.put(k, bytes);
      const listed: { key: string; modifiedAt: Date }[] = [];
      for await (const f of files.list('posters/')) listed.push(f);
      expect(listed.map((f) => f.key).sort()).toEqual(keys.slice(0, 2).sort());
      for (const f of listed) expect(f.modifiedAt.getTime()).toBeGreaterThan(before);
      const none: string[] = [];
      for await (const f of files.list('nothing-here/')) none.push(f.key);
      expect(none).toEqual([]);
      for (const k of keys) await files.delete(k);
    });

    it('refuses keys that could escape their folder or bucket prefix', async () => {
      const files = open();
      await expect(files.put('../outside.glb', bytes)).rejects.toThrow(/unsafe key/);
      await expect(files.get('models/../../etc/passwd')).rejects.toThrow(/unsafe key/);
    });
  });
}

describe('contentKey', () => {
  it('changes with the content, so a replaced model gets a new URL', () => {
    const a = contentKey('models/x', bytes, 'glb');
    const b = contentKey('models/x', new TextEncoder().encode('other'), 'glb');
    expect(a).toMatch(/^models\/x\/[0-9a-f]{20}\.glb$/);
    expect(a).not.toBe(b);
    expect(contentKey('models/x', bytes, 'glb')).toBe(a);
    expect(() => assertSafeKey(a)).not.toThrow();
  });
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-files-'));
behavesAsAFileStore('local file store', () => createLocalFileStore(dir));

describe('S3 file store against s3rver', () => {
  let server: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let endpoint = '';
  const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-s3-'));
  beforeAll(async () => {
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: 'vitrine' }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server?.close();
  });
  const open = () => createS3FileStore({ endpoint, bucket: 'vitrine', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
  behavesAsAFileStore('S3 adapter', open);

  it('writes objects with their content type and the immutable cache header', async () => {
    const files = open();
    const key = contentKey('posters/chair', bytes, 'webp');
    await files.put(key, bytes);
    const res = await fetch(`${endpoint}/vitrine/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(files.url(key)).toBe(`/files/${key}`);

    // Without a public bucket URL, the server relays /files/<key> with the same headers.
    const app = express();
    serveFiles(app, files, undefined);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const relayed = await fetch(`${base}${files.url(key)}`);
      expect(relayed.status).toBe(200);
      expect(relayed.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
      expect(relayed.headers.get('content-type')).toBe('image/webp');
      expect(Buffer.from(await relayed.arrayBuffer()).toString()).toBe('glTF model bytes');
      expect((await fetch(`${base}/files/posters/chair/missing.webp`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
