/**
 * Renders assets/posters/<id>.webp (512 x 512) from the generated GLBs in headless Chromium.
 *
 * @example npm run assets:posters                     # everything
 * @example npx tsx assets/scripts/render-posters.ts sofa-oslo-3
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENV_DIR, loadCatalogue, MODELS_DIR, POSTERS_DIR } from './lib/catalogue';
import { launchChromium, THREE_MOUNTS } from './lib/browser';
import { serveStatic } from './lib/static-server';

type PosterWindow = { renderPoster: (url: string, placement: string, mime?: string) => Promise<string> };

/** Set POSTER_PNG_DIR to also write PNG copies, e.g. to look at them in tools without WebP. */
const PNG_DIR = process.env.POSTER_PNG_DIR;

const only = new Set(process.argv.slice(2));
const products = loadCatalogue().filter((p) => only.size === 0 || only.has(p.id));
const server = await serveStatic({
  ...THREE_MOUNTS,
  '/web/': fileURLToPath(new URL('./web/', import.meta.url)),
  '/models/': MODELS_DIR,
  '/env/': ENV_DIR,
});
const browser = await launchChromium();
const started = performance.now();
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await page.goto(`${server.url}/web/poster.html`);
  await page.waitForFunction('window.posterReady === true', undefined, { timeout: 60_000 });
  mkdirSync(POSTERS_DIR, { recursive: true });
  for (const p of products) {
    const dataUrl = await page.evaluate(
      ([url, placement]) => (window as unknown as PosterWindow).renderPoster(url, placement),
      [`/models/${p.id}.glb`, p.placement] as const,
    );
    if (!dataUrl.startsWith('data:image/webp;base64,')) throw new Error(`${p.id}: the browser did not encode WebP`);
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    writeFileSync(`${POSTERS_DIR}${p.id}.webp`, bytes);
    if (PNG_DIR) {
      mkdirSync(PNG_DIR, { recursive: true });
      const png = await page.evaluate(
        ([url, placement]) => (window as unknown as PosterWindow).renderPoster(url, placement, 'image/png'),
        [`/models/${p.id}.glb`, p.placement] as const,
      );
      writeFileSync(`${PNG_DIR}/${p.id}.png`, Buffer.from(png.slice(png.indexOf(',') + 1), 'base64'));
    }
    console.log(`${p.id.padEnd(22)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KiB`);
  }
  const relevant = errors.filter((e) => !e.includes('favicon') && !e.includes('GPU stall'));
  if (relevant.length > 0) throw new Error(`browser reported:\n${relevant.join('\n')}`);
  console.log(`${products.length} posters in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await server.close();
}
