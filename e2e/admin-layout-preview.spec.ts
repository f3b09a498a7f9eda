import { expect, test, type Page } from '@playwright/test';
import { signIn } from './shop-helpers';
import { waitForStore } from './store-helpers';
import { publishOpeningLayout } from './opening-layout';

test.setTimeout(120_000);

// The editor opens on the plan the Bordeaux store opened with (its gondola, its living room), not
// on what another spec published or left in a draft.
test.beforeEach(async ({ request }) => {
  await publishOpeningLayout(request, 'store-bordeaux');
});

/** Keys of the products the 3D preview puts on one fixture (`gondola-1/front/0/3` belongs to gondola-1). */
const keysOn = (page: Page, fixtureId: string) =>
  page.evaluate((id) => {
    const hooks = (window as unknown as { __storeTest: { world(): { items: number }; item(i: number): { key: string } } }).__storeTest;
    const keys: string[] = [];
    for (let i = 0; i < hooks.world().items; i++) keys.push(hooks.item(i).key);
    return keys.filter((k) => k.startsWith(`${id}/`));
  }, fixtureId);

test('the plan editor shows the plan on screen in 3D, unsaved changes included, and saves nothing by itself', async ({ page }, info) => {
  await page.goto('/account');
  await signIn(page, 'admin@vitrine.demo');
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await page.getByTestId('admin-tab-layout').click();
  await page.getByTestId('layout-store').selectOption('store-bordeaux');
  await expect(page.locator('[data-fixture="gondola-1"]')).toBeVisible();

  const toggle = page.getByTestId('layout-preview-toggle');
  await expect(toggle).toHaveText('Aperçu 3D');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const preview = page.getByTestId('layout-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await waitForStore(page);
  const before = await keysOn(page, 'gondola-1');
  expect(before.length, 'products on the gondola in 3D').toBeGreaterThan(0);
  const firstBuild = await preview.getAttribute('data-build');
  await preview.screenshot({ path: info.outputPath('preview-before.png') });

  // Remove the gondola on the plan, without saving: the preview follows the plan on screen.
  await page.locator('[data-fixture="gondola-1"]').click();
  await expect(page.locator('[data-fixture="gondola-1"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('layout-plan').focus();
  await expect(page.getByTestId('layout-plan')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-fixture="gondola-1"]')).toHaveCount(0);
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
  await expect(preview).not.toHaveAttribute('data-build', firstBuild ?? '', { timeout: 15_000 });
  await waitForStore(page);
  expect(await keysOn(page, 'gondola-1')).toEqual([]);
  await preview.screenshot({ path: info.outputPath('preview-after.png') });

  // Nothing was saved: customers still see the gondola.
  const published = await (await page.request.get('/api/stores/store-bordeaux/layout')).json();
  expect(published.layout.fixtures.some((f: { id: string }) => f.id === 'gondola-1')).toBe(true);

  await toggle.click();
  await expect(preview).toHaveCount(0);
});

interface Drawn {
  item: { key: string; productId: string; x: number; z: number };
  instances: Array<{ x: number; y: number; z: number; visible: boolean }> | null;
}

/** A room set product as the preview placed it, and where the batched draw really puts it. */
const drawnItem = (page: Page, key: string) =>
  page.evaluate((k) => {
    const hooks = (window as unknown as {
      __storeTest: { world(): { items: number }; item(i: number): Drawn['item']; drawn(i: number): Drawn['instances'] };
    }).__storeTest;
    for (let i = 0; i < hooks.world().items; i++) {
      const { key: itemKey, productId, x, z } = hooks.item(i);
      if (itemKey === k) return { item: { key: itemKey, productId, x, z }, instances: hooks.drawn(i) };
    }
    return null;
  }, key);

test('the plan editor’s 3D preview draws a room set’s product where the plan places it, moved or not', async ({ page }, info) => {
  await page.goto('/account');
  await signIn(page, 'admin@vitrine.demo');
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await page.getByTestId('admin-tab-layout').click();
  await page.getByTestId('layout-store').selectOption('store-bordeaux');

  // The living room's sofa, moved 30 cm to the right on the plan and not saved.
  const sofa = page.locator('[data-set-item="living-room/sofa"]');
  await sofa.click();
  await expect(sofa).toHaveAttribute('aria-pressed', 'true');
  const x = page.getByTestId('layout-item-x');
  const z = page.getByTestId('layout-item-z');
  const x0 = Number(await x.inputValue());
  await page.getByTestId('layout-plan').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(x).toHaveValue(String(Math.round((x0 + 0.3) * 100) / 100));
  const placed = { x: Number(await x.inputValue()), z: Number(await z.inputValue()) };

  await page.getByTestId('layout-preview-toggle').click();
  const preview = page.getByTestId('layout-preview');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await waitForStore(page);
  const drawn = await drawnItem(page, 'living-room/sofa');
  expect(drawn, 'the sofa is in the preview').not.toBeNull();
  expect(drawn!.item.productId).toBe('sofa-oslo-3');
  // The field shows centimetres; the layout keeps what the arrows made of it.
  expect(drawn!.item.x).toBeCloseTo(placed.x, 2);
  expect(drawn!.item.z).toBeCloseTo(placed.z, 2);
  // Drawn, not only listed: every instance the batches hold for it stands there, and one is shown.
  expect(drawn!.instances?.length, 'instances drawn for the sofa').toBeGreaterThan(0);
  for (const at of drawn!.instances!) {
    expect(at.x).toBeCloseTo(placed.x, 2);
    expect(at.z).toBeCloseTo(placed.z, 2);
  }
  expect(drawn!.instances!.some((at) => at.visible), 'the sofa is visible').toBe(true);
  await preview.scrollIntoViewIfNeeded();
  await preview.screenshot({ path: info.outputPath('preview-room-set.png') });
});
