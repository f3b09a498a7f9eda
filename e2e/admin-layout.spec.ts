import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { waitForStore } from './store-helpers';
import { signIn } from './shop-helpers';
import { overflowing, PHONE } from './phone-fit';
import { blockingViolations } from './axe-findings';

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

/** The products a store view placed for one room set or fixture (`room-set-1/lamp-phare` belongs to room-set-1). */
const itemsOf = (page: Page, holderId: string) =>
  page.evaluate((id) => {
    const hooks = (window as unknown as { __storeTest: { world(): { items: number }; item(i: number): { key: string; productId: string; x: number; z: number } } }).__storeTest;
    const out: Array<{ key: string; productId: string; x: number; z: number }> = [];
    for (let i = 0; i < hooks.world().items; i++) {
      const { key, productId, x, z } = hooks.item(i);
      if (key.startsWith(`${id}/`)) out.push({ key, productId, x, z });
    }
    return out;
  }, holderId);

test('an admin dresses a room set on the plan, on a phone, and a /store page shows its product once published', async ({ page }, info) => {
  await page.setViewportSize(PHONE);
  await page.goto('/account');
  await signIn(page, 'admin@vitrine.demo');
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await page.getByTestId('admin-tab-layout').click();
  await page.getByTestId('layout-store').selectOption('store-bordeaux');
  await expect(page.locator('[data-fixture="gondola-1"]')).toBeVisible();
  await expect(page.locator('[data-set-item="living-room/sofa"]')).toHaveCount(1);

  // A new set, named in both languages.
  const sets = page.getByTestId('layout-sets');
  await sets.getByLabel('Nom en français').fill('La chambre');
  await sets.getByLabel('Nom en anglais').fill('The bedroom');
  await sets.getByRole('button', { name: 'Créer la scène' }).click();
  const set = page.locator('[data-set="room-set-1"]');
  await expect(set).toContainText('La chambre (0)');

  // A floor lamp from the catalogue, then placed with the keyboard: 30 cm to the right, a quarter turn.
  await set.getByTestId('layout-set-add').selectOption('lamp-phare');
  const onPlan = page.locator('[data-set-item="room-set-1/lamp-phare"]');
  await expect(onPlan).toHaveAttribute('aria-pressed', 'true');
  await expect(set).toContainText('La chambre (1)');
  const x = page.getByTestId('layout-item-x');
  const x0 = Number(await x.inputValue());
  await page.getByTestId('layout-plan').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(x).toHaveValue(String(Math.round((x0 + 0.3) * 100) / 100));
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();

  expect(await overflowing(page, PHONE.width), 'fits a 360 px phone').toEqual([]);
  expect(await blockingViolations(page, '.layout-tab'), 'axe').toEqual([]);
  await onPlan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('editor-room-set.png'), fullPage: true });

  await page.getByTestId('layout-publish').click();
  await expect(page.locator('.layout-tab [role="status"]')).toContainText('publiée');
  const published = await (await page.request.get('/api/stores/store-bordeaux/layout')).json();
  const saved = published.layout.sets.find((s: { id: string }) => s.id === 'room-set-1');
  expect(saved).toMatchObject({ name: { fr: 'La chambre', en: 'The bedroom' }, items: [{ id: 'lamp-phare', productId: 'lamp-phare', rotYDeg: 90 }] });

  // A customer opening the store now finds the lamp where the plan put it.
  const store = await page.context().newPage();
  await store.goto('/store?store=store-bordeaux');
  await waitForStore(store);
  await expect(store.getByTestId('store-page')).toHaveAttribute('data-layout-version', String(published.version));
  const shown = await itemsOf(store, 'room-set-1');
  expect(shown).toEqual([{ key: 'room-set-1/lamp-phare', productId: 'lamp-phare', x: saved.items[0].x, z: saved.items[0].z }]);
  await store.screenshot({ path: info.outputPath('store-with-room-set.png') });
});
