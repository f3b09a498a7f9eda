/**
 * npm run bench:store: the walkable store with 1,000 product instances, batched (what /store
 * ships) against the naive version (one React component and one mesh per product part), in
 * headless Chromium with software WebGL. For both: draw calls, triangles, JavaScript time per
 * frame (median of 200 frames, measured around the render loop by the page's FrameProbe) and JS
 * heap after garbage collection; then the ratio and what it means against a headset's 11.1 ms.
 *
 * With `--catalogue`: the batched store alone, with 1,000 then 10,000 products on sale (same
 * run, same shelves and camera): draw calls (goal: at most 50) and JS per frame (goal: at most
 * twice the 1,000-product figure); exits 1 when either goal is missed.
 *
 * Usage: npm run bench:store [-- --items 1000 --frames 200 --no-build --viewport 640x360 --catalogue]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium-flags';
import { chromium, type Browser } from '@playwright/test';
import { startCatalogueStore } from './store-catalogue-sizes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return (i >= 0 && args[i + 1]) || fallback;
};
const ITEMS = Number(option('items', '1000'));
const FRAMES = Number(option('frames', '200'));
const [VW, VH] = ((): [number, number] => {
  const [w, h] = option('viewport', '640x360').split('x').map(Number);
  if (w === undefined || h === undefined) throw new Error('--viewport must be WIDTHxHEIGHT, e.g. 640x360');
  return [w, h];
})();
const PORT = Number(option('port', '4396'));
const HEADSET_BUDGET_MS = 1000 / 90;

interface Result {
  name: string;
  calls: number;
  triangles: number;
  objects: number;
  inView: number;
  frameMedian: number;
  frameP90: number;
  renderMedian: number;
  heapMB: number;
  fps: number;
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), VITRINE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vitrine-bench-store-')), VITRINE_RATE_LIMIT: 'off', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the Vitrine server did not start');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? NaN;

async function measure(browser: Browser, name: string, query: string, base = `http://localhost:${PORT}`): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: VW, height: VH } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/store?${query}`);
  await page.waitForFunction(() => (window as any).__storeTest?.ready?.() === true && (window as any).__storeTest?.frameTimes, null, { timeout: 180_000, polling: 500 });
  // Warm-up: first frames compile shaders and upload buffers.
  await page.waitForTimeout(3000);
  await page.evaluate(() => (window as any).__storeTest.frameTimes(true));
  const deadline = Date.now() + 600_000;
  let frame: number[] = [];
  let render: number[] = [];
  let last = { calls: 0, triangles: 0 };
  const t0 = Date.now();
  while (frame.length < FRAMES && Date.now() < deadline) {
    await page.waitForTimeout(1000);
    const s = await page.evaluate(() => (window as any).__storeTest.frameTimes(true));
    frame = frame.concat(s.frame);
    render = render.concat(s.render);
    last = { calls: s.calls, triangles: s.triangles };
  }
  const seconds = (Date.now() - t0) / 1000;
  frame = frame.slice(0, FRAMES);
  render = render.slice(0, FRAMES);
  const { inView } = await page.evaluate(() => (window as any).__storeTest.inView());
  const objects = await page.evaluate(() => {
    let n = 0;
    (window as any).__r3f.scene.traverse(() => n++);
    return n;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.close();
  return {
    name, calls: last.calls, triangles: last.triangles, objects, inView,
    frameMedian: median(frame), frameP90: p90(frame), renderMedian: median(render),
    heapMB: heap.usedSize / 1024 / 1024, fps: frame.length / seconds,
  };
}

async function main() {
  if (!args.includes('--no-build') || !existsSync(path.join(root, 'dist/index.html'))) {
    const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  if (args.includes('--catalogue')) return catalogueSizes();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    // Same store, same 1,000 products, same overview camera (everything in view, so neither
    // version gets culling for free); only how products are drawn differs.
    const common = `items=${ITEMS}&bench=1&cam=overview`;
    const batched = await measure(browser, 'batched (/store)', common);
    const naive = await measure(browser, 'naive (one mesh + component each)', `${common}&naive=1`);
    print([batched, naive]);
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The batched store with 1,000 then 10,000 products on sale, same shelves, same camera, same run. */
async function catalogueSizes() {
  const store = await startCatalogueStore();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const query = `items=${ITEMS}&bench=1&cam=overview`;
    await store.grow(1000);
    const small = await measure(browser, '1,000 products', query, store.url);
    await store.grow(10_000);
    const large = await measure(browser, '10,000 products', query, store.url);
    const rs = [small, large];
    const row = (label: string, f: (r: Result) => string) => console.log(`${label.padEnd(34)}${rs.map((r) => f(r).padStart(18)).join('')}`);
    console.log(`\nVitrine walkable store (batched), ${ITEMS} shelf places, ${VW}x${VH}, headless Chromium, software WebGL, ${FRAMES} frames each\n`);
    row('products on sale', (r) => r.name.split(' ')[0] ?? r.name);
    row('draw calls per frame', (r) => String(r.calls));
    row('triangles per frame', (r) => r.triangles.toLocaleString('en'));
    row('products inside the view', (r) => String(r.inView));
    row('JS per frame, median (ms)', (r) => r.frameMedian.toFixed(2));
    row('JS per frame, p90 (ms)', (r) => r.frameP90.toFixed(2));
    row('JS heap after GC (MB)', (r) => r.heapMB.toFixed(1));
    const ratio = large.frameMedian / small.frameMedian;
    const callsOk = large.calls <= 50;
    const ratioOk = ratio <= 2;
    console.log(`\n10,000 / 1,000 products, JS per frame: ${ratio.toFixed(2)}x (goal <= 2)${ratioOk ? '' : '  MISSED'}   draw calls ${large.calls} (goal <= 50)${callsOk ? '' : '  MISSED'}`);
    if (!callsOk || !ratioOk) process.exitCode = 1;
  } finally {
    await browser.close();
    await store.close();
  }
}

function print(rs: Result[]) {
  const [b, n] = rs;
  if (!b || !n) throw new Error('print needs the batched and the naive results');
  const row = (label: string, f: (r: Result) => string) => console.log(`${label.padEnd(34)}${rs.map((r) => f(r).padStart(16)).join('')}`);
  console.log(`\nVitrine walkable store, ${ITEMS} product instances on the shelves (+ room sets), ${VW}x${VH}, headless Chromium, software WebGL, ${FRAMES} frames each\n`);
  row('', (r) => r.name.split(' ')[0]!);
  row('draw calls per frame', (r) => String(r.calls));
  row('triangles per frame', (r) => r.triangles.toLocaleString('en'));
  row('products inside the view', (r) => String(r.inView));
  row('scene objects', (r) => String(r.objects));
  row('JS per frame, median (ms)', (r) => r.frameMedian.toFixed(2));
  row('JS per frame, p90 (ms)', (r) => r.frameP90.toFixed(2));
  row('  of which gl.render, median (ms)', (r) => r.renderMedian.toFixed(2));
  row('JS heap after GC (MB)', (r) => r.heapMB.toFixed(1));
  row('frames/s here (GPU-bound, software)', (r) => r.fps.toFixed(1));
  const ratio = n.frameMedian / b.frameMedian;
  console.log(`\nnaive / batched JS time per frame: ${ratio.toFixed(1)}x (goal >= 10x)   draw calls ${b.calls} (goal <= 50)`);
  for (const r of rs) {
    const share = (r.frameMedian / HEADSET_BUDGET_MS) * 100;
    const fps = Math.min(90, 1000 / r.frameMedian);
    console.log(`${r.name}: ${r.frameMedian.toFixed(2)} ms of JS = ${share.toFixed(0)}% of a 90 Hz headset's 11.1 ms frame -> the main thread alone allows ${fps.toFixed(0)} fps${fps >= 90 ? '' : ' (drops frames)'}; with a headset CPU ~3x slower than this one: ${(r.frameMedian * 3).toFixed(1)} ms -> ${Math.min(90, 1000 / (r.frameMedian * 3)).toFixed(0)} fps.`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
