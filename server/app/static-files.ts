import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { APP_ROOT as root } from './app-root';

/**
 * Serves the 3D assets, the XR controller profiles (from our own origin: headsets cannot be
 * assumed to reach a CDN), and the built client with a fallback to index.html for client routes.
 */
export function serveStaticFiles(app: Express, clientDir: string | undefined): void {
  const day = 24 * 3600 * 1000;
  app.use('/models', express.static(path.join(root, 'assets/models'), { maxAge: day, fallthrough: false }));
  app.use('/posters', express.static(path.join(root, 'assets/posters'), { maxAge: day }));
  // A product put on sale before its picture or model exists keeps its poster's address: it shows
  // a plain product outline until then, briefly cached so the real poster shows once it is made.
  const placeholder = path.join(root, 'assets/poster-placeholder.svg');
  app.get(/^\/posters\/[\w.-]+\.webp$/, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300');
    res.type('image/svg+xml').sendFile(placeholder);
  });
  app.use('/posters', (_req, res) => {
    res.status(404).type('text/plain').send('no such poster');
  });
  app.use('/env', express.static(path.join(root, 'assets/env'), { maxAge: day, fallthrough: false }));
  app.use('/xr-profiles', express.static(path.join(root, 'node_modules/@webxr-input-profiles/assets/dist/profiles'), { maxAge: day, fallthrough: false }));
  if (!clientDir || !fs.existsSync(path.join(clientDir, 'index.html'))) return;
  app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: 365 * day, fallthrough: false }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  const indexHtml = path.join(clientDir, 'index.html');
  app.get(/^\/(?!api\/).*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
