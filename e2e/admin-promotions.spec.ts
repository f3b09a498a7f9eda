import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from './axe-findings';
import { overflowing, PHONE } from './phone-fit';
import { knownData, readableText, untranslated } from './untranslated-text';
import { adminAuth } from './admin-auth';

/**
 * The back office's Promotions tab: an admin reads the promotions in words, starts a discount on a
 * category (after being told, beside the field, that an id is taken), a customer's product page
 * already open shows the new price without a reload, and ending it brings the price back.
 */
const stamp = Date.now().toString(36);
const CLOCK = 'clock-gare'; // Déco, 59,00 €: −20 % is 47,20 €.
const CLOCK_PRICE = 5900;
const CLOCK_AT_20 = 4720;
const TAKEN = `e2e-avent-${stamp}`;
const LABEL_FR = `Semaine déco ${stamp}`;

async function openAdmin(page: Page) {
  await page.goto('/account');
  await page.getByLabel('E-mail').fill('admin@vitrine.demo');
  await page.getByLabel('Mot de passe').fill('vitrine');
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await expect(page.getByTestId('admin')).toBeVisible();
}

const shownAmount = async (page: Page) => Number(await page.locator('main [data-testid="price"]').first().getAttribute('data-amount'));
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test.describe.configure({ timeout: 120_000 });

let created: string[] = [];
test.afterEach(async ({ request }) => {
  // Whatever the test left (it ends its own promotion from the screen; this covers a failure).
  const admin = await adminAuth(request);
  for (const id of created) await request.delete(`/api/admin/promotions/${id}`, { headers: admin });
  created = [];
});

test('an admin starts a category discount from the Promotions tab, an open product page shows it live, then ends it', async ({ page, browser, request }, info) => {
  const shot = (p: Page, name: string) => p.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
  const admin = await adminAuth(request);
  // A promotion to come, made through the API: its id is the one the admin will try first.
  const future = { id: TAKEN, kind: 'category_percent', label: { fr: 'Avent 2099', en: 'Advent 2099' }, category: 'decor', percent: 10, startsAt: '2099-12-01T00:00:00.000Z' };
  expect((await request.post('/api/admin/promotions', { headers: admin, data: future })).status()).toBe(201);
  created.push(TAKEN);

  // A customer's product page, open before the admin starts anything.
  const shopContext = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'fr-FR', viewport: { width: 800, height: 600 } });
  const shop = await shopContext.newPage();
  await shop.goto(`/p/${CLOCK}`);
  await expect(shop.getByTestId('product-page')).toBeVisible();
  await expect.poll(() => shownAmount(shop)).toBe(CLOCK_PRICE);
  await markDocument(shop);

  await openAdmin(page);
  await page.getByTestId('admin-tab-promotions').click();
  await expect(page.locator('#main h1')).toHaveText('Promotions');

  // The list says what each promotion does, in words: no ids, no enum names.
  const row = (id: string) => page.locator(`[data-testid="promo-row"][data-promotion="${id}"]`);
  await expect(row('promo-lumiere-15').getByTestId('promo-effect')).toHaveText(/^−15\s%\ssur Luminaires$/);
  await expect(row('bundle-salon-oslo').getByTestId('promo-effect')).toContainText('Canapé 3 places Oslo');
  await expect(row('bundle-salon-oslo').getByTestId('promo-effect')).toContainText('l’ensemble');
  await expect(row(TAKEN)).toContainText('À venir');
  const tableText = (await page.getByTestId('promo-table').textContent()) ?? '';
  for (const raw of ['sofa-oslo-3', 'category_percent', 'bundle', 'lighting', TAKEN]) expect(tableText, `"${raw}" is not shown`).not.toContain(raw);

  // A discount over the cap is refused beside its field before anything is sent.
  await page.getByTestId('promo-label-fr').fill(LABEL_FR);
  await expect(page.getByTestId('promo-id')).toHaveValue(`semaine-deco-${stamp}`);
  await page.getByTestId('promo-label-en').fill(`Decor week ${stamp}`);
  await page.getByTestId('promo-category').selectOption('decor');
  await page.getByTestId('promo-percent').fill('95');
  await page.getByTestId('promo-create').click();
  await expect(page.getByTestId('promo-percent')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Une remise va de 1 à 90 %')).toBeVisible();

  // An id already used: the server's 409 shows beside the id, in words.
  await page.getByTestId('promo-percent').fill('20');
  await page.getByTestId('promo-id').fill(TAKEN);
  await page.getByTestId('promo-create').click();
  await expect(page.getByTestId('promo-id')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Une promotion porte déjà cet identifiant')).toBeVisible();
  await shot(page, '1-id-taken');

  const id = `semaine-deco-${stamp}`;
  created.push(id);
  await page.getByTestId('promo-id').fill(id);
  await page.getByTestId('promo-create').click();
  await expect(page.getByTestId('promo-message')).toContainText(`Promotion « ${LABEL_FR} » lancée.`);
  await expect(row(id).getByTestId('promo-effect')).toHaveText(/^−20\s%\ssur Déco$/);
  await expect(row(id)).toContainText('En cours');

  // The customer's page, never reloaded, shows the new price.
  await expect.poll(() => shownAmount(shop), { timeout: 15_000 }).toBe(CLOCK_AT_20);
  await expect(shop.locator('main [data-testid="price"]').first()).toContainText('47,20');
  expect(await sameDocument(shop), 'the product page was not reloaded').toBe(true);
  await shot(shop, '2-product-page-discounted');

  // On a phone, in French then in English: nothing sticks out, nothing blocks a screen reader.
  await page.setViewportSize(PHONE);
  await page.locator('#main h1').scrollIntoViewIfNeeded();
  expect(await overflowing(page, PHONE.width)).toEqual([]);
  expect(await blockingViolations(page)).toEqual([]);
  const known = await knownData(page);
  expect(untranslated(await readableText(page), 'fr', known)).toEqual([]);
  await shot(page, '3-phone-fr');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('admin-tab-promotions')).toHaveText('Promotions');
  await expect(row(id).getByTestId('promo-effect')).toHaveText('20% off Decor');
  await expect(row('bundle-salon-oslo').getByTestId('promo-effect')).toContainText('the set');
  await expect(row(TAKEN)).toContainText('Upcoming');
  await page.getByLabel('Price for a set of products').check();
  await page.getByTestId('promo-search').fill('vase');
  await expect(page.getByRole('button', { name: 'Add Bulle glass vase' })).toBeVisible();
  expect(await overflowing(page, PHONE.width)).toEqual([]);
  expect(await blockingViolations(page)).toEqual([]);
  expect(untranslated(await readableText(page), 'en', known)).toEqual([]);
  await shot(page, '4-phone-en');
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await page.setViewportSize({ width: 800, height: 600 });

  // Ending asks first; cancelling keeps it.
  await row(id).getByRole('button', { name: `Terminer la promotion ${LABEL_FR}` }).click();
  await expect(row(id).getByTestId('promo-confirm')).toContainText(`Terminer « ${LABEL_FR} » maintenant ?`);
  await expect(row(id).getByRole('button', { name: 'Annuler' }), 'the question takes the focus on its safe answer').toBeFocused();
  await shot(page, '5-confirm-end');
  await row(id).getByRole('button', { name: 'Annuler' }).click();
  await expect(row(id).getByTestId('promo-confirm')).toHaveCount(0);
  await expect(row(id).getByTestId('promo-end'), 'the focus goes back to the button that asked').toBeFocused();
  await row(id).getByTestId('promo-end').click();
  await row(id).getByTestId('promo-confirm-end').click();
  await expect(page.getByTestId('promo-ended')).toContainText(`Promotion « ${LABEL_FR} » terminée.`);
  await expect(row(id)).toHaveCount(0);
  const left = (await (await request.get('/api/promotions')).json()) as { items: { id: string }[] };
  expect(left.items.map((p) => p.id)).not.toContain(id);

  // The price comes back on the open page.
  await expect.poll(() => shownAmount(shop), { timeout: 15_000 }).toBe(CLOCK_PRICE);
  expect(await sameDocument(shop), 'the product page was not reloaded').toBe(true);
  await shot(shop, '6-product-page-restored');
  await shopContext.close();
});

test('an admin prices a set of products chosen by name, never by id', async ({ page }, info) => {
  await openAdmin(page);
  await page.getByTestId('admin-tab-promotions').click();
  await page.getByLabel('Prix d’un ensemble de produits').check();
  const label = `Duo de vases ${stamp}`;
  await page.getByTestId('promo-label-fr').fill(label);
  await page.getByTestId('promo-label-en').fill(`Vase duo ${stamp}`);
  const id = `duo-de-vases-${stamp}`;
  created.push(id);
  await expect(page.getByTestId('promo-id')).toHaveValue(id);

  // Nothing chosen, no price: both said beside their field, nothing sent.
  await page.getByTestId('promo-create').click();
  await expect(page.getByTestId('promo-set')).toContainText('Choisissez de 2 à 5 produits différents.');
  await expect(page.getByTestId('promo-price')).toHaveAttribute('aria-invalid', 'true');

  await page.getByTestId('promo-search').fill('vase');
  await page.getByRole('button', { name: 'Ajouter Vase Amphore' }).click();
  await page.getByRole('button', { name: 'Ajouter Vase en verre Bulle' }).click();
  await expect(page.getByTestId('promo-chosen').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('promo-set')).toContainText(/Achetés séparément : 84,00\s€/);
  await page.getByTestId('promo-price').fill('70');
  await page.getByTestId('promo-create').click();
  await expect(page.getByTestId('promo-message')).toContainText(`Promotion « ${label} » lancée.`);
  const row = page.locator(`[data-testid="promo-row"][data-promotion="${id}"]`);
  await expect(row.getByTestId('promo-effect')).toHaveText(/^Vase Amphore et Vase en verre Bulle : 70,00\s€ l’ensemble$/);
  await page.screenshot({ path: info.outputPath('set-created.png'), fullPage: true });
  const promotions = (await (await page.request.get('/api/promotions')).json()) as { items: { id: string; productIds?: string[]; price?: { amount: number } }[] };
  expect(promotions.items.find((p) => p.id === id)).toMatchObject({ productIds: ['vase-amphore', 'vase-bulle-verre'], price: { amount: 7000 } });
});
