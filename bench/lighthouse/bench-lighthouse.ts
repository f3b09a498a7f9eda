/**
 * npm run bench:lighthouse: Lighthouse's accessibility score of the storefront, a product page and
 * the cart (with a line in it, so the checkout form is audited too), in the built app (`npm run
 * build` first: this script builds nothing). Prints each score and the audits that failed; exits 1
 * when a page scores under the threshold.
 *
 * Usage: npm run bench:lighthouse [-- --min 95 --lang fr --product armchair-lisa --port 4396]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium-flags';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const MIN = Number(option('min', '95'));
const LANG = option('lang', 'fr');
const PRODUCT = option('product', 'armchair-lisa');
// Its own port, so it runs beside a development server or an end-to-end run.
const PORT = Number(option('port', '4396'));
const ORIGIN = `http://127.0.0.1:${PORT}`;

async function startServer(dataDir: string): Promise<ChildProcess> {
  if (!existsSync(path.join(root, 'dist-server/main.js'))) throw new Error('no dist-server/main.js: run `npm run build` first');
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), VITRINE_DATA_DIR: dataDir, VITRINE_RATE_LIMIT: 'off', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the Vitrine server did not start');
}

/** A guest with one lamp in the cart, as `{token, user}` (what the app keeps in localStorage). */
async function guestWithALine(): Promise<string> {
  const session = (await (await fetch(`${ORIGIN}/api/auth/guest`, { method: 'POST' })).json()) as { token: string };
  const h = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
  const cart = (await (await fetch(`${ORIGIN}/api/carts`, { method: 'POST', headers: h })).json()) as { id: string };
  const r = await fetch(`${ORIGIN}/api/carts/${cart.id}/commands`, {
    method: 'POST',
    headers: h,
    body: JSON.stringify({ commands: [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'ship' } }] }),
  });
  if (!r.ok) throw new Error(`adding a line: ${r.status}`);
  return JSON.stringify(session);
}

/**
 * Puts the language and the guest session in the launched Chromium's storage for the app's origin,
 * as a returning visitor has them (Lighthouse is then told not to reset storage).
 */
async function seedStorage(port: number, session: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await browser.contexts()[0]!.newPage();
  await page.goto(`${ORIGIN}/api/health`);
  await page.evaluate(([l, s]) => {
    localStorage.setItem('vitrine.locale', l);
    localStorage.setItem('vitrine.session', s);
  }, [LANG, session] as const);
  await page.close();
  await browser.close();
}

interface PageScore {
  name: string;
  score: number;
  /** Audits that applied to the page and passed: a blank page would pass very few. */
  passed: number;
  failing: string[];
}

async function audit(port: number, name: string, url: string): Promise<PageScore> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['accessibility'],
    disableStorageReset: true,
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
  });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const category = lhr.categories.accessibility!;
  const failing: string[] = [];
  let passed = 0;
  for (const ref of category.auditRefs) {
    const a = lhr.audits[ref.id]!;
    if (ref.weight === 0 || a.score === null) continue;
    if (a.score === 1) {
      passed++;
      continue;
    }
    const items = (a.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
    const where = items.slice(0, 3).map((i) => i.node?.snippet ?? '').filter(Boolean).join(' | ');
    failing.push(`${a.id} (weight ${ref.weight}): ${a.title}${where ? `: ${where}` : ''}`);
  }
  return { name, score: Math.round((category.score ?? 0) * 100), passed, failing };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vitrine-bench-lighthouse-'));
  const server = await startServer(dataDir);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  const scores: PageScore[] = [];
  try {
    await seedStorage(chrome.port, await guestWithALine());
    for (const [name, url] of [
      ['storefront', `${ORIGIN}/`],
      [`product page (${PRODUCT})`, `${ORIGIN}/p/${PRODUCT}`],
      ['cart', `${ORIGIN}/cart`],
    ] as const) {
      scores.push(await audit(chrome.port, name, url));
    }
  } finally {
    chrome.kill();
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nbench:lighthouse, accessibility, ${LANG}, headless Chromium 1280x800 (threshold ${MIN})\n`);
  for (const s of scores) {
    console.log(`${s.score >= MIN ? 'ok  ' : 'FAIL'} ${String(s.score).padStart(3)}  ${s.name} (${s.passed} audits passed, ${s.failing.length} failed)`);
    for (const f of s.failing) console.log(`           ${f}`);
  }
  const under = scores.filter((s) => s.score < MIN);
  if (under.length > 0) {
    console.error(`\n${under.map((s) => s.name).join(', ')} under ${MIN}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
