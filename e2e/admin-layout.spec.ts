import { expect, test, type APIRequestContext } from '@playwright/test';
import { waitForStore } from './store-helpers';

test.use({ viewport: { width: 640, height: 360 } });
test.setTimeout(120_000);

async function adminToken(request: APIRequestContext): Promise<string> {
  const r = await request.post('/api/auth/login', { data: { email: 'admin@vitrine.demo', password: 'vitrine' } });
  expect(r.status()).toBe(200);
  return (await r.json()).token;
}

test('a layout published by an admin reaches an open /store page without reload', async ({ page, request }, info) => {
  await page.goto('/store?store=store-bordeaux');
  await waitForStore(page);
  const storePage = page.getByTestId('store-page');
  const before = Number(await storePage.getAttribute('data-layout-version'));
  expect(before).toBeGreaterThanOrEqual(1);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  // The admin moves a gondola by half a metre and publishes.
  const auth = { authorization: `Bearer ${await adminToken(request)}` };
  const published = await (await request.get('/api/stores/store-bordeaux/layout')).json();
  const layout = published.layout;
  layout.fixtures.find((f: { id: string }) => f.id === 'gondola-1').x -= 0.5;
  expect((await request.put('/api/admin/stores/store-bordeaux/layouts/draft', { headers: auth, data: { layout } })).status()).toBe(200);
  const done = await request.post('/api/admin/stores/store-bordeaux/layouts/draft/publish', { headers: auth });
  expect(done.status()).toBe(200);
  const version = (await done.json()).version;

  await expect(storePage).toHaveAttribute('data-layout-version', String(version), { timeout: 15_000 });
  await waitForStore(page);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'no reload').toBe(true);
  await page.screenshot({ path: info.outputPath('store-after-publish.png') });
});
