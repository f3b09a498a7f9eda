import { expect, test, type Page } from '@playwright/test';
import { signIn } from './shop-helpers';
import { waitForStore } from './store-helpers';

test.setTimeout(120_000);

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
