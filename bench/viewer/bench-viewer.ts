/**
 * npm run bench:viewer: our product page against the same GLB in @google/model-viewer 4.4, in
 * headless Chromium (software WebGL): gzipped JavaScript, time to the first frame showing the
 * model, JS heap after load, and the ratios ours / theirs.
 *
 * Usage: npm run bench:viewer [-- --runs 5 --no-build --product sofa-oslo-3]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium-flags';
import { chromium, type Browser, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mvDir = path.join(root, 'bench/viewer/model-viewer');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const PRODUCT = option('product', 'sofa-oslo-3');
const OUR_PORT = 4398;
const MV_PORT = 4397;

interface Sample {
  jsGzip: number;
  jsFiles: number;
  firstFrameMs: number;
  heapBytes: number;
}

function run(cmd: string, argv: string[], cwd = root): void {
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
}

async function startOurServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(OUR_PORT), VITRINE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vitrine-bench-viewer-')), VITRINE_RATE_LIMIT: 'off', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${OUR_PORT}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the Vitrine server did not start');
}

/** A bare static server for the model-viewer page: same GLB, no compression (like ours: bytes are gzipped below). */
function startModelViewerServer(): Promise<Server> {
  const files: Record<string, [string, string]> = {
    '/': [path.join(mvDir, 'index.html'), 'text/html'],
    '/model-viewer.min.js': [path.join(mvDir, 'node_modules/@google/model-viewer/dist/model-viewer.min.js'), 'text/javascript'],
  };
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    if (url === '/meshopt-stub.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('');
      return;
    }
    const hit = files[url] ?? (url.startsWith('/models/') ? [path.join(root, 'assets/models', path.basename(url)), 'model/gltf-binary'] : undefined);
    if (!hit || !existsSync(hit[0])) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': hit[1] }).end(readFileSync(hit[0]));
  });
  return new Promise((resolve) => server.listen(MV_PORT, '127.0.0.1', () => resolve(server)));
}

async function measure(browser: Browser, url: string, firstFrameGlobal: string, opts: { noWebGL?: boolean } = {}): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page: Page = await context.newPage();
  if (opts.noWebGL) await page.addInitScript(() => delete (window as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext);
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
  });
  await page.goto(url);
  let firstFrameMs = NaN;
  if (!opts.noWebGL) {
    await page.waitForFunction((g) => (window as unknown as Record<string, number | undefined>)[g] !== undefined || (window as { __mvError?: string }).__mvError, firstFrameGlobal, { timeout: 90_000 });
    const err = await page.evaluate(() => (window as { __mvError?: string }).__mvError);
    if (err) throw new Error(`model-viewer: ${err}`);
    // Set: waitForFunction above saw it (or threw on the error).
    firstFrameMs = await page.evaluate((g) => (window as unknown as Record<string, number>)[g]!, firstFrameGlobal);
  } else {
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const sizes = await Promise.all(bodies);
  await context.close();
  return { jsGzip: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length, firstFrameMs, heapBytes: usedSize };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const ms = (t: number) => `${Math.round(t)} ms`;

async function main() {
  if (!flag('no-build')) run('npx', ['vite', 'build']);
  if (!existsSync(path.join(mvDir, 'node_modules/@google/model-viewer'))) run('npm', ['install', '--no-audit', '--no-fund'], mvDir);
  const ours = await startOurServer();
  const mv = await startModelViewerServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const oursUrl = `http://127.0.0.1:${OUR_PORT}/p/${PRODUCT}`;
  const mvUrl = `http://127.0.0.1:${MV_PORT}/`;
  try {
    const us: Sample[] = [];
    const them: Sample[] = [];
    // Warm the server's and the OS's file caches once, then alternate so drift hits both alike.
    await measure(browser, oursUrl, '__viewerFirstFrameAt');
    await measure(browser, mvUrl, '__mvFirstFrameAt');
    for (let i = 0; i < RUNS; i++) {
      const a = await measure(browser, oursUrl, '__viewerFirstFrameAt');
      const b = await measure(browser, mvUrl, '__mvFirstFrameAt');
      us.push(a);
      them.push(b);
      console.log(`run ${i + 1}: ours ${ms(a.firstFrameMs)} ${kib(a.jsGzip)} ${mib(a.heapBytes)} | model-viewer ${ms(b.firstFrameMs)} ${kib(b.jsGzip)} ${mib(b.heapBytes)}`);
    }
    const page2d = await measure(browser, oursUrl, '', { noWebGL: true });
    const [firstUs, firstThem] = [us[0], them[0]];
    if (!firstUs || !firstThem) throw new Error('--runs must be at least 1');
    const o = { js: median(us.map((s) => s.jsGzip)), t: median(us.map((s) => s.firstFrameMs)), heap: median(us.map((s) => s.heapBytes)), files: firstUs.jsFiles };
    const m = { js: median(them.map((s) => s.jsGzip)), t: median(them.map((s) => s.firstFrameMs)), heap: median(them.map((s) => s.heapBytes)), files: firstThem.jsFiles };
    const viewerJs = o.js - page2d.jsGzip;
    console.log(`\nbench:viewer, ${PRODUCT}.glb, headless Chromium (SwiftShader), 800x600, median of ${RUNS} cold loads\n`);
    console.log('                        JS gzip (files)        first model frame   JS heap after load');
    console.log(`ours (product page)     ${kib(o.js).padEnd(11)} (${o.files})${' '.repeat(9)}${ms(o.t).padEnd(20)}${mib(o.heap)}`);
    console.log(`  of which the 3D viewer ${kib(viewerJs)} (page without WebGL: ${kib(page2d.jsGzip)})`);
    console.log(`model-viewer 4.4 page   ${kib(m.js).padEnd(11)} (${m.files})${' '.repeat(9)}${ms(m.t).padEnd(20)}${mib(m.heap)}`);
    const rJs = o.js / m.js;
    const rViewer = viewerJs / m.js;
    const rT = o.t / m.t;
    console.log(`\nratios ours/theirs: JS ${rJs.toFixed(2)} (goal <= 0.75: ${rJs <= 0.75 ? 'met' : 'missed'}; 3D viewer alone ${rViewer.toFixed(2)}), first frame ${rT.toFixed(2)} (goal <= 0.5: ${rT <= 0.5 ? 'met' : 'missed'}), heap ${(o.heap / m.heap).toFixed(2)}`);
  } finally {
    await browser.close();
    mv.close();
    ours.kill('SIGTERM');
  }
}

await main();
