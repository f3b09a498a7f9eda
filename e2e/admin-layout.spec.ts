import { expect, test, type Page } from '@playwright/test';
import { waitForStore } from './store-helpers';
import { signIn } from './shop-helpers';
import { overflowing, PHONE } from './phone-fit';
import { blockingViolations } from './axe-findings';
import { publishOpeningLayout } from './opening-layout';
import { adminAuth } from './admin-auth';

test.use({ viewport: { width: 640, height: 360 } });
test.setTimeout(120_000);

// Each test edits the Bordeaux plan from the one the store opened with, not from what an earlier
// test moved, added or left in a draft.
test.beforeEach(async ({ request }) => {
  await publishOpeningLayout(request, 'store-bordeaux');
});

test('a layout published by an admin reaches an open /store page without reload', async ({ page, request }, info) => {
  await page.goto('/store?store=store-bordeaux');
  await waitForStore(page);
  const storePage = page.getByTestId('store-page');
  const before = Number(await storePage.getAttribute('data-layout-version'));
  expect(before).toBeGreaterThanOrEqual(1);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  // The admin moves a gondola by half a metre and publishes.
  const auth = await adminAuth(request);
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

test('an admin renames a room set: a blank name or another set’s is refused, the new name is there after a reload', async ({ page, request }, info) => {
  // Through the API, a set named with spaces alone is refused, naming the set and the language.
  const auth = await adminAuth(request);
  const { layout } = await (await request.get('/api/stores/store-bordeaux/layout')).json();
  layout.sets.find((s: { id: string }) => s.id === 'living-room').name.fr = '   ';
  const refused = await request.put('/api/admin/stores/store-bordeaux/layouts/draft', { headers: auth, data: { layout } });
  expect(refused.status()).toBe(422);
  const body = await refused.json();
  expect(body.message).toMatch(/living-room.*French/);
  expect(body.issues).toEqual([expect.objectContaining({ code: 'invalid_name', fixtureId: 'living-room' })]);

  await page.goto('/account');
  await signIn(page, 'admin@vitrine.demo');
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await page.getByTestId('admin-tab-layout').click();
  await page.getByTestId('layout-store').selectOption('store-bordeaux');
  const set = page.locator('[data-set="living-room"]');
  await expect(set.locator('summary')).toContainText('Le salon');
  await set.locator('summary').click();

  // The editor says what is wrong before anything is sent.
  await set.getByRole('button', { name: 'Renommer la scène Le salon' }).click();
  await set.getByLabel('Nouveau nom en français').fill('  ');
  await set.getByRole('button', { name: 'Valider le nom' }).click();
  await expect(set.getByRole('alert')).toHaveText('Donnez à la scène un nom en français.');
  await set.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('rename-refused.png') });
  // Nor may it take the name of another set: two rooms a shopper could not tell apart.
  await set.getByLabel('Nouveau nom en français').fill('la salle à manger');
  await set.getByRole('button', { name: 'Valider le nom' }).click();
  await expect(set.getByRole('alert')).toHaveText('Une autre scène porte déjà ce nom en français.');

  await set.getByLabel('Nouveau nom en français').fill('Le grand salon');
  await set.getByLabel('Nouveau nom en anglais').fill('The large living room');
  await set.getByRole('button', { name: 'Valider le nom' }).click();
  await expect(set.locator('summary')).toContainText('Le grand salon (');
  await expect(set.getByTestId('layout-set-rename-form')).toHaveCount(0);
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
  expect(await blockingViolations(page, '.layout-tab'), 'axe').toEqual([]);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.locator('.layout-tab [role="status"]')).toContainText('enregistré');

  await page.reload();
  await page.getByTestId('admin-tab-layout').click();
  await page.getByTestId('layout-store').selectOption('store-bordeaux');
  await expect(page.locator('[data-set="living-room"] summary')).toContainText('Le grand salon (');
  await page.screenshot({ path: info.outputPath('renamed-room-set.png'), fullPage: true });
  // Saved in both languages, in the draft: the store views keep the published name until it is published.
  const versions = (await (await request.get('/api/admin/stores/store-bordeaux/layouts', { headers: auth })).json()).items;
  const draft = versions.find((v: { status: string }) => v.status === 'draft');
  const saved = await (await request.get(`/api/admin/stores/store-bordeaux/layouts/${draft.version}`, { headers: auth })).json();
  expect(saved.layout.sets.find((s: { id: string }) => s.id === 'living-room').name).toEqual({ fr: 'Le grand salon', en: 'The large living room' });
});
