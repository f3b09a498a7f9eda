/**
 * Bakes assets/env/studio-pmrem.bin: three's RoomEnvironment prefiltered by PMREMGenerator
 * (the GGX mip chain three r187 samples), rendered once in headless Chromium, then checked
 * by rendering spheres with the live and the baked environment.
 *
 * @example npm run assets:env
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENV_DIR } from './lib/catalogue';
import { launchChromium, THREE_MOUNTS } from './lib/browser';
import { serveStatic } from './lib/static-server';
import { encodePmrem } from './lib/pmrem-encoding';

/** PMREMGenerator's smallest (and default) face size in three r187. */
const SIZE = 256;
const SIGMA = 0.04;
/** Renders may differ by a few 8-bit steps from mantissa rounding; more means a layout bug. */
const MAX_STEP_DIFFERENCE = 4;

interface Readback {
  size: number;
  levels: number;
  base64: string;
}

const server = await serveStatic({
  ...THREE_MOUNTS,
  '/web/': fileURLToPath(new URL('./web/', import.meta.url)),
  '/env/': ENV_DIR,
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/web/bake-env.html`);
  await page.waitForFunction('window.bakeReady === true');
  const r = await page.evaluate((size) => (window as unknown as { bakeEnvironment: (s: number) => Readback }).bakeEnvironment(size), SIZE);
  const bytes = Buffer.from(r.base64, 'base64');
  const rgba = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const file = encodePmrem({ size: r.size, levels: r.levels, rgba }, { source: 'three RoomEnvironment', sigma: SIGMA, three: '0.187' });
  mkdirSync(ENV_DIR, { recursive: true });
  writeFileSync(`${ENV_DIR}studio-pmrem.bin`, file);
  const diff = await page.evaluate(
    ([url, size]) => (window as unknown as { compareWithBaked: (u: string, s: number) => Promise<{ max: number; mean: number }> }).compareWithBaked(url, size),
    ['/env/studio-pmrem.bin', SIZE] as const,
  );
  console.log(`studio-pmrem.bin: ${r.size}px faces, ${r.levels} levels, ${(file.length / 1024).toFixed(1)} KiB; live vs baked render: max ${diff.max}, mean ${diff.mean.toFixed(3)} steps`);
  if (diff.max > MAX_STEP_DIFFERENCE) throw new Error('baked environment does not render like the live PMREM');
} finally {
  await browser.close();
  await server.close();
}
