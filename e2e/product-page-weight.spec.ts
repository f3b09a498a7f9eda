import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * The product page's JavaScript, gzipped, as a phone downloads it: the 2D page on Preact and the
 * 3D viewer once it has started. The budget is what the page weighed when the 2D app moved to
 * Preact (193 KiB): whatever a feature adds, the page pays back elsewhere (the account's words, for
 * one, load with the account pages); a 2D module that pulls React or three.js into the page breaks it.
 */
const BUDGET_KIB = 193;

test('the product page, 3D viewer included, stays within its JavaScript budget', async ({ page }, info) => {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script' || scripts.has(r.url())) return;
    scripts.set(r.url(), r.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
  });
  await page.goto('/p/lamp-bulle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => Boolean((window as unknown as { __r3f?: unknown }).__r3f), undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');

  const sizes = await Promise.all([...scripts].map(async ([url, size]) => ({ file: new URL(url).pathname, gz: await size })));
  const totalKiB = sizes.reduce((s, x) => s + x.gz, 0) / 1024;
  const report = sizes.sort((a, b) => b.gz - a.gz).map((s) => `${(s.gz / 1024).toFixed(1).padStart(6)} KiB  ${s.file}`).join('\n');
  console.log(`product page JS: ${totalKiB.toFixed(1)} KiB gzipped in ${sizes.length} files (budget ${BUDGET_KIB})\n${report}`);
  await info.attach('product-page-js.txt', { body: report, contentType: 'text/plain' });
  expect(sizes.length).toBeGreaterThan(1);
  expect(totalKiB).toBeLessThanOrEqual(BUDGET_KIB);
});
