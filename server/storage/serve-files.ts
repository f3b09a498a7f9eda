import path from 'node:path';
import express, { type Express } from 'express';
import { IMMUTABLE_CACHE, type FileStore } from './file-store';

/**
 * `/files/<key>`: the stored files, each cached for a year (keys are content hashes). A local
 * store is served from disk (ranges, conditional requests); a bucket without a public URL is
 * relayed through this process.
 */
export function serveFiles(app: Express, files: FileStore, localDir: string | undefined): void {
  if (files.kind === 'local' && localDir) {
    app.use('/files', express.static(path.resolve(localDir), {
      fallthrough: false,
      index: false,
      dotfiles: 'deny',
      setHeaders(res, file) {
        res.setHeader('Cache-Control', IMMUTABLE_CACHE);
        if (file.endsWith('.glb')) res.setHeader('Content-Type', 'model/gltf-binary');
        else if (file.endsWith('.usdz')) res.setHeader('Content-Type', 'model/vnd.usdz+zip');
      },
    }));
    return;
  }
  app.get('/files/*key', async (req, res, next) => {
    try {
      const key = (req.params as { key: string[] }).key.join('/');
      const file = await files.get(key).catch(() => undefined);
      if (!file) {
        res.status(404).type('text/plain').send('not found');
        return;
      }
      res.set({ 'Content-Type': file.contentType, 'Cache-Control': IMMUTABLE_CACHE, 'Content-Length': String(file.size) });
      res.end(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
    } catch (e) {
      next(e);
    }
  });
}
