import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium-flags';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.glb': 'model/gltf-binary' };

/** A channel differs when it moves by more than this (of 255): below it is antialiasing noise. */
export const CHANNEL_TOLERANCE = 32;

export interface RenderComparison {
  /** Share of the 512 x 512 pixels where some channel differs by more than the tolerance, 0..1. */
  differing: number;
  pngs: Uint8Array[];
}

/**
 * Renders each GLB in Chromium (three.js, the same camera framed on each file's bounds, same
 * lights) and counts the pixels where the renders differ.
 */
export async function compareRenders(glbs: Uint8Array[]): Promise<RenderComparison> {
  const served = new Map<string, { body: Uint8Array; type: string }>();
  served.set('/render.html', { body: fs.readFileSync(path.join(here, 'render-glb.html')), type: TYPES['.html'] ?? 'text/html' });
  for (const [i, g] of glbs.entries()) served.set(`/model-${i}.glb`, { body: g, type: 'model/gltf-binary' });
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    const own = served.get(url);
    if (own) return void res.writeHead(200, { 'content-type': own.type }).end(own.body);
    // three.js from node_modules, nothing else.
    const file = path.join(root, 'node_modules', path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (!url.startsWith('/three/') || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const pngs: Uint8Array[] = [];
    for (let i = 0; i < glbs.length; i++) {
      const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
      await page.goto(`http://127.0.0.1:${port}/render.html?glb=/model-${i}.glb`);
      await page.waitForFunction(() => document.body.dataset.drawn, null, { timeout: 120_000 });
      const drawn = await page.evaluate(() => document.body.dataset.drawn);
      if (drawn !== 'yes') throw new Error(`model ${i}: ${drawn}`);
      pngs.push(await page.locator('canvas').screenshot());
      await page.close();
    }
    const [a, b] = await Promise.all(pngs.slice(0, 2).map((p) => sharp(p).removeAlpha().raw().toBuffer()));
    if (!a || !b || a.length !== b.length) throw new Error('renders of different sizes');
    let differing = 0;
    for (let i = 0; i < a.length; i += 3) {
      const d = Math.max(Math.abs((a[i] ?? 0) - (b[i] ?? 0)), Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)), Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)));
      if (d > CHANNEL_TOLERANCE) differing++;
    }
    return { differing: differing / (a.length / 3), pngs };
  } finally {
    await browser.close();
    server.close();
  }
}
