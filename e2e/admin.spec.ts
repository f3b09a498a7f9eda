import { expect, test, type Page } from '@playwright/test';
import { newCustomer } from './new-customer';
import { signIn } from './shop-helpers';
import { adminAuth } from './admin-auth';

/**
 * The back office walked as the admin, then as a store manager created on the way. Each step names
 * the part of the server it relies on (products, imports, models, staff and audit, layout).
 */
const stamp = Date.now().toString(36);
const token = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('vitrine.session') ?? '{}').token as string);
const publicStatus = async (page: Page, id: string) => (await page.request.get(`/api/products/${id}`)).status();

async function openAdmin(page: Page, email = 'admin@vitrine.demo', password = 'vitrine') {
  await page.goto('/account');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await expect(page.getByTestId('admin')).toBeVisible();
}

async function tab(page: Page, name: string) {
  await page.getByTestId(`admin-tab-${name}`).click();
  await expect(page.getByTestId(`admin-tab-${name}`)).toHaveAttribute('aria-current', 'page');
}

test('a customer is kept out of the back office', async ({ page }) => {
  const customer = await newCustomer(page.request, 'Camille Martin');
  await page.goto('/admin');
  await signIn(page, customer.email, customer.password);
  await expect(page.getByRole('alert')).toContainText('réservé aux administrateurs');
  await expect(page.getByTestId('admin')).toHaveCount(0);
});

test('every section opens from the keyboard, in French and in English', async ({ page }) => {
  await openAdmin(page);
  await page.getByTestId('admin-tab-products').focus();
  for (const name of ['promotions', 'import', 'models', 'stock', 'staff', 'audit', 'layout']) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(`admin-tab-${name}`)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`admin-tab-${name}`)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('#main h1')).toBeVisible();
  }
  await expect(page.locator('#main h1')).toHaveText('Plan du magasin');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('#main h1')).toHaveText('Store layout');
  await expect(page.getByTestId('admin-tab-audit')).toHaveText('Audit log');
  await page.getByRole('button', { name: 'FR', exact: true }).click();
});

test('products: search, filter, edit with errors beside their fields, publish and unpublish, create with a variant', async ({ page, request }, info) => {
  // A sofa of its own to edit, made as a draft through the API: the seeded products' prices and
  // states are what other specs show, and a second run would find them already changed.
  const sofa = `e2e-sofa-${stamp}`;
  const sofaName = `Canapé Essai ${stamp}`;
  const made = await request.post('/api/admin/products', { headers: await adminAuth(request), data: {
    id: sofa, sku: `E2E-SOF-${stamp}`.toUpperCase(), name: { fr: sofaName, en: `Test sofa ${stamp}` },
    description: { fr: 'Un canapé de test.', en: 'A test sofa.' }, category: 'sofas', price: { amount: 129900, currency: 'EUR' },
    dimensionsM: { w: 2, h: 0.8, d: 0.9 }, placement: 'floor',
  } });
  expect(made.status(), await made.text()).toBe(201);
  await openAdmin(page);
  // Products API (GET/PUT/POST /api/admin/products, publish, unpublish).
  await expect(page.getByTestId('product-row').first()).toBeVisible();
  await page.getByTestId('product-search').fill(sofa);
  await expect(page.locator(`[data-testid="product-row"][data-product="${sofa}"]`)).toBeVisible();
  await page.getByTestId('product-category').selectOption('lighting');
  await expect(page.locator(`[data-testid="product-row"][data-product="${sofa}"]`)).toHaveCount(0);
  await page.getByTestId('product-category').selectOption('');
  await page.getByRole('button', { name: `Modifier ${sofaName}` }).click();

  await expect(page.getByTestId('pf-price')).toHaveValue('1299.00');
  await page.getByTestId('pf-price').fill('1 249,00');
  await page.getByTestId('pf-nameEn').fill('');
  await page.getByTestId('product-save').click();
  // The server's 422 names `name.en`: the message sits beside that field.
  await expect(page.getByTestId('pf-nameEn')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('pf-nameEn').fill(`Test sofa ${stamp}`);
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('product-message')).toContainText('Produit enregistré');
  const adminRead = async () => (await page.request.get(`/api/admin/products/${sofa}`, { headers: { Authorization: `Bearer ${await token(page)}` } })).json();
  expect((await adminRead()).price.amount).toBe(124900);

  // A draft: publishing shows it to the public, unpublishing takes it back (the list of the shop stays as it was).
  expect(await publicStatus(page, sofa)).toBe(404);
  await page.getByTestId('product-publish').click();
  await expect(page.getByTestId('product-message')).toContainText('publié');
  expect(await publicStatus(page, sofa)).toBe(200);
  expect((await (await page.request.get(`/api/products/${sofa}`)).json()).price.amount).toBe(124900);
  await page.getByTestId('product-publish').click();
  await expect(page.getByTestId('product-message')).toContainText('brouillon');
  expect(await publicStatus(page, sofa)).toBe(404);

  await page.getByRole('button', { name: /Retour à la liste/ }).click();
  await page.getByTestId('product-new').click();
  const id = `e2e-lamp-${stamp}`;
  await page.getByTestId('pf-id').fill(id);
  await page.getByTestId('pf-sku').fill(`E2E-${stamp}`.toUpperCase());
  await page.getByTestId('pf-nameFr').fill('Lampe E2E');
  await page.getByTestId('pf-nameEn').fill('E2E lamp');
  await page.getByTestId('pf-descFr').fill('Une lampe de test.');
  await page.getByTestId('pf-descEn').fill('A test lamp.');
  await page.getByTestId('pf-category').selectOption('lighting');
  await page.getByTestId('pf-price').fill('abc');
  await page.getByTestId('pf-w').fill('30');
  await page.getByTestId('pf-h').fill('45');
  await page.getByTestId('pf-d').fill('30');
  await page.getByLabel('Sur une table').check();
  await page.getByTestId('product-save').click();
  // Checked before sending: an amount that is not one.
  await expect(page.getByTestId('pf-price')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('pf-price').fill('59,90');
  await page.getByTestId('variant-add').click();
  const row = page.getByTestId('variant-row').first();
  await row.getByLabel('Identifiant').fill('opal');
  await row.getByLabel('Nom (français)').fill('Opale');
  await row.getByLabel('Nom (anglais)').fill('Opal');
  await row.getByLabel('Prix propre (€, facultatif)').fill('64,90');
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('product-message')).toContainText('Produit enregistré');
  await expect(page).toHaveURL(new RegExp(`product=${id}`));
  expect(await publicStatus(page, id)).toBe(404); // a new product is a draft
  const saved = await (await page.request.get(`/api/admin/products/${id}`, { headers: { Authorization: `Bearer ${await token(page)}` } })).json();
  expect(saved).toMatchObject({ price: { amount: 5990 }, dimensionsM: { w: 0.3, h: 0.45, d: 0.3 }, placement: 'table', variants: [{ id: 'opal', price: { amount: 6490 } }] });
  await page.screenshot({ path: info.outputPath('admin-product.png'), fullPage: true });
});

test('import: a wrong row blocks the import, a clean file applies with live progress; exports download', async ({ page }, info) => {
  await openAdmin(page);
  await tab(page, 'import');
  // Imports API (exports, dry run, job).
  const download = page.waitForEvent('download');
  await page.getByTestId('export-products').first().click();
  const csv = await (await download).createReadStream().then(async (s) => {
    let text = '';
    for await (const c of s) text += c;
    return text;
  });
  const header = csv.split('\n')[0] ?? '';
  expect(header).toContain('Handle');
  const columns = header.split(',');
  const bad = `${csv.trimEnd()}\n${['e2e-bad', ...Array(columns.length - 1).fill('')].map((v, i) => (i === columns.indexOf('Variant Price') ? 'douze' : v)).join(',')}\n`;

  await page.getByTestId('import-products-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(page.getByTestId('import-errors').locator('tbody tr').first()).toBeVisible();
  // Said in the page's language, French here.
  await expect(page.getByTestId('import-errors').locator('tbody td').last()).toHaveText(/^la ligne \d+ a \d+ champs mais l’en-tête en a \d+$|^« douze » n’est pas un prix/);
  await expect(page.getByTestId('import-products-apply')).toBeDisabled();
  await page.screenshot({ path: info.outputPath('admin-import-errors.png'), fullPage: true });

  await page.getByTestId('import-products-file').setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('Aucune ligne en erreur.')).toBeVisible();
  await page.getByTestId('import-products-apply').click();
  await expect(page.locator('[data-testid="import-products-job"][data-state="succeeded"]')).toBeVisible({ timeout: 30_000 });
});

test('import: an active product without a 3D model is warned of, then sold with its photo only', async ({ page, browser }, info) => {
  const id = `e2e-bare-${stamp}`;
  const csv = 'Handle,Title,Title FR,Body (HTML),Type,Variant SKU,Variant Price,Width cm,Height cm,Depth cm,Placement,Image Src,Status\n'
    + `${id},Bare lamp,Lampe nue,Bright,lighting,VT-${stamp.toUpperCase()},59.00,20,40,20,table,/posters/lamp-galet.webp,active\n`;
  await openAdmin(page);
  await tab(page, 'import');
  await page.getByTestId('import-products-file').setInputFiles({ name: 'bare.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Imports API (dry run): allowed, but said, in the page's language.
  const warning = page.getByTestId('import-no-model');
  await expect(warning).toContainText('1 produit actif sera en vente sans modèle 3D');
  await expect(warning.locator('li')).toHaveText([id]);
  await page.screenshot({ path: info.outputPath('admin-import-no-model.png'), fullPage: true });
  await page.getByTestId('import-products-apply').click();
  await expect(page.locator('[data-testid="import-products-job"][data-state="succeeded"]')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => publicStatus(page, id)).toBe(200);
  expect((await (await page.request.get(`/api/products/${id}`)).json()).model).toEqual({ glb: '', usdz: '' });

  // The back office says so in the list and in the product's form, with the way to the models tab.
  await tab(page, 'products');
  await page.getByTestId('product-search').fill('oslo');
  const sofa = page.locator('[data-testid="product-row"][data-product="sofa-oslo-3"]');
  await expect(sofa).toBeVisible();
  await expect(sofa.getByTestId('product-no-model-mark')).toHaveCount(0);
  await page.getByTestId('product-search').fill(id);
  const row = page.locator(`[data-testid="product-row"][data-product="${id}"]`);
  await expect(row.getByTestId('product-no-model-mark')).toBeVisible();
  await row.getByRole('button', { name: /Lampe nue|Bare lamp/ }).click();
  const noModel = page.getByTestId('product-no-model');
  await expect(noModel).toContainText('Pas encore de modèle 3D : la fiche montre la photo. Ajoutez-en un dans l’onglet Modèles 3D.');
  await page.screenshot({ path: info.outputPath('admin-product-no-model.png'), fullPage: true });
  await noModel.getByRole('link', { name: 'Ajouter un modèle 3D' }).click();
  await expect(page.getByTestId('admin-tab-models')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('model-product')).toHaveValue(id);

  // The shopper's product page: the photo and a word why, no viewer, no "view in your room", no model fetched.
  const shopper = await browser.newPage();
  const modelRequests: string[] = [];
  shopper.on('request', (r) => {
    if (/\.(glb|usdz)(\?|$)/.test(r.url())) modelRequests.push(r.url());
  });
  await shopper.goto(`/p/${id}`);
  await expect(shopper.getByRole('heading', { name: 'Lampe nue' })).toBeVisible();
  await expect(shopper.getByTestId('viewer')).toHaveAttribute('data-phase', 'photo');
  await expect(shopper.locator('.viewer__poster')).toBeVisible();
  await expect(shopper.getByTestId('viewer-photo-only')).toHaveText('Pas encore de vue 3D pour ce produit : voici sa photo.');
  await expect(shopper.getByTestId('viewer-canvas')).toHaveCount(0);
  await expect(shopper.getByTestId('viewer-fallback')).toHaveCount(0);
  await expect(shopper.getByTestId('ar-section')).toHaveCount(0);
  await expect(shopper.getByTestId('price')).toBeVisible();
  await shopper.screenshot({ path: info.outputPath('product-photo-only.png') });
  expect(modelRequests).toEqual([]);
  await shopper.close();
  // The specs share one server: the lamp leaves the shop again, so the catalogue others walk stays as it was.
  expect((await page.request.post(`/api/admin/products/${id}/unpublish`, { headers: { Authorization: `Bearer ${await token(page)}` } })).status()).toBe(200);
});

test('models: a GLB upload shows live progress, then the new poster and the report', async ({ page }) => {
  await openAdmin(page);
  await tab(page, 'models');
  // Models API (PUT /api/admin/products/:id/model and its job).
  const glb = await (await page.request.get('/models/lamp-bulle.glb')).body();
  await page.getByTestId('model-product').selectOption('lamp-bulle');
  await page.getByTestId('model-file').setInputFiles({ name: 'lamp-bulle.glb', mimeType: 'model/gltf-binary', buffer: glb });
  await page.getByTestId('model-upload').click();
  await expect(page.getByTestId('model-job')).toBeVisible();
  await expect(page.locator('[data-testid="model-job"][data-state="succeeded"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('model-poster')).toBeVisible();
  await expect(page.getByTestId('model-report')).toBeVisible();
  // Each step is said in the page's language, French here.
  await expect(page.getByTestId('model-job-messages')).toContainText('Ouverture du fichier envoyé');
  await expect(page.getByTestId('model-job-messages')).not.toContainText('Unpacking the upload');

  // A file that is not a GLB fails, and says why in French.
  await page.getByTestId('model-file').setInputFiles({ name: 'lamp-bulle.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from('not a model at all') });
  await page.getByTestId('model-upload').click();
  await expect(page.getByTestId('model-failed')).toContainText("Le fichier n'est pas un GLB", { timeout: 60_000 });
  await expect(page.getByTestId('model-failed')).not.toContainText('The file is not a GLB');
});

test('stock, staff, audit and layout; then a manager sees only their store', async ({ page }, info) => {
  await openAdmin(page);
  // Stock import and export (imports).
  await tab(page, 'stock');
  await page.getByTestId('stock-location').selectOption('store-lyon');
  await page.getByTestId('import-stock-file').setInputFiles({ name: 'lyon.csv', mimeType: 'text/csv', buffer: Buffer.from('SKU,location,on hand\nVT-SOF-001,store-lyon,12\n') });
  await expect(page.getByText('Aucune ligne en erreur.')).toBeVisible();
  await page.getByTestId('import-stock-apply').click();
  await expect(page.locator('[data-testid="import-stock-job"][data-state="succeeded"]')).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByTestId('export-stock').click();
  expect((await download).suggestedFilename()).toMatch(/stock-store-lyon/);

  // Staff (imports; refusal of a deactivated account's tokens: sec-tokens).
  await tab(page, 'staff');
  const email = `manager-${stamp}@vitrine.demo`;
  await page.getByTestId('staff-email').fill(email);
  await page.getByTestId('staff-name').fill('Maëlle (Lyon)');
  await page.getByTestId('staff-role').selectOption('manager');
  await page.getByTestId('staff-store').selectOption('store-lyon');
  await page.getByTestId('staff-password').fill('vitrine-manager');
  await page.getByTestId('staff-create').click();
  await expect(page.getByTestId('staff-message')).toContainText('Compte créé');
  const member = page.locator(`[data-testid="staff-row"][data-email="${email}"]`);
  await member.getByTestId('staff-toggle').click();
  await expect(member).toHaveAttribute('data-active', 'false');
  expect((await page.request.post('/api/auth/login', { data: { email, password: 'vitrine-manager' } })).ok()).toBe(false);
  await member.getByTestId('staff-toggle').click();
  await expect(member).toHaveAttribute('data-active', 'true');

  // Audit log (imports).
  await tab(page, 'audit');
  await page.getByTestId('audit-actor').fill('u-admin');
  await page.getByTestId('audit-filter').click();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await page.getByTestId('audit-show').first().click();
  await expect(page.getByTestId('audit-change').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('admin-audit.png'), fullPage: true });

  // The manager: catalogue read-only, their store's stock, staff and layout, nothing else.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await openAdmin(page, email, 'vitrine-manager');
  await expect(page.getByTestId('admin')).toHaveAttribute('data-role', 'manager');
  await expect(page.locator('.admin-tabs a')).toHaveText(['Produits', 'Stock', 'Personnel', 'Plan du magasin']);
  await expect(page.getByTestId('product-new')).toHaveCount(0);
  await tab(page, 'stock');
  await expect(page.getByTestId('stock-location')).toContainText('Lyon');
  await page.goto('/admin?tab=audit');
  await expect(page.getByTestId('admin-tab-products')).toHaveAttribute('aria-current', 'page');
  // Promotions are the whole shop's prices: asked for by address, the manager lands on the catalogue.
  await page.goto('/admin?tab=promotions');
  await expect(page.getByTestId('admin-tab-products')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('promo-form')).toHaveCount(0);
});
