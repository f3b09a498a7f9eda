import { expect, test, type Browser, type Page } from '@playwright/test';
import { Document, NodeIO } from '@gltf-transform/core';
import { signIn } from './shop-helpers';
import { enterAr, findFloor, pull } from './ar-session';
import { storeHook, waitForStore } from './store-helpers';
import { settled } from './settled';
import { adminAuth } from './admin-auth';
import { newStaff } from './new-staff';
import { publishOpeningLayout } from './opening-layout';

/**
 * The merchant-to-customer journey, each side in its own browser: the admin imports a new product
 * from a CSV (preview, then apply), uploads its model and follows the job live, publishes it; the
 * Lyon store's manager stocks it and puts it on a rack of the store's layout; meanwhile the
 * customer's open storefront, store and product pages show it without a reload, AR places it at
 * its declared size, and a price change reaches the open cart with its notice.
 *
 * In the `xr` project (the `ar-` prefix) so that @react-three/xr's emulator provides the AR session.
 */
test.setTimeout(420_000);
test.use({ viewport: { width: 800, height: 600 } });

const stamp = Date.now().toString(36);
const ID = `tabouret-journey-${stamp}`;
const SKU = `VT-JRN-${stamp}`.toUpperCase();
/** Declared in the CSV, in cm; the generated model has exactly this size in metres. */
const CM = { w: 40, h: 46, d: 36 };

const CSV = [
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Compare At Price,Image Src,Status,Title FR,Body FR,Width cm,Height cm,Depth cm,Placement',
  `${ID},Journey stool,<p>A solid oak stool.</p>,Vitrine,chairs,oak,FALSE,Title,Default Title,${SKU},89.00,,,draft,Tabouret Journey,<p>Un tabouret en chêne massif.</p>,${CM.w},${CM.h},${CM.d},floor`,
  '',
].join('\n');

/** A box model standing on y = 0, centred in x and z (assets/README), in metres; `color` tells two uploads apart. */
async function stoolGlb(color: [number, number, number, number]): Promise<Buffer> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const [w, h, d] = [CM.w / 100, CM.h / 100, CM.d / 100];
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const [axis, sign] of [[0, 1], [0, -1], [1, 1], [1, -1], [2, 1], [2, -1]] as const) {
    const ua = (axis + 1) % 3;
    const va = (axis + 2) % 3;
    const base = positions.length / 3;
    for (const [u, v] of [[-0.5, -0.5], [0.5, -0.5], [-0.5, 0.5], [0.5, 0.5]] as const) {
      const p: [number, number, number] = [0, 0, 0];
      p[axis] = sign * 0.5;
      p[ua] = u;
      p[va] = v;
      positions.push(p[0] * w, (p[1] + 0.5) * h, p[2] * d);
      const n = [0, 0, 0];
      n[axis] = sign;
      normals.push(...n);
    }
    if (sign > 0) indices.push(base, base + 1, base + 3, base, base + 3, base + 2);
    else indices.push(base, base + 3, base + 1, base, base + 2, base + 3);
  }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(normals)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(indices)).setBuffer(buffer))
    .setMaterial(doc.createMaterial('oak').setBaseColorFactor(color).setRoughnessFactor(0.7));
  doc.createScene('scene').addChild(doc.createNode('stool').setMesh(doc.createMesh('stool').addPrimitive(prim)));
  return Buffer.from(await new NodeIO().writeBinary(doc));
}

async function openAdmin(page: Page, email: string, password?: string) {
  await page.goto('/account');
  await signIn(page, email, password);
  await page.getByRole('link', { name: 'Ouvrir le back-office' }).click();
  await expect(page.getByTestId('admin')).toBeVisible();
}

async function tab(page: Page, name: string) {
  await page.getByTestId(`admin-tab-${name}`).click();
  await expect(page.getByTestId(`admin-tab-${name}`)).toHaveAttribute('aria-current', 'page');
}

/** Marks the document: a reload (or a full navigation) loses the mark. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** Records every value the job's progress bar shows, from now on. */
async function recordProgress(page: Page, testId: string) {
  await page.evaluate((id) => {
    const seen: number[] = [];
    (window as unknown as { __progress: number[] }).__progress = seen;
    const read = () => {
      const bar = document.querySelector(`[data-testid="${id}"] progress`) as HTMLProgressElement | null;
      if (bar && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
    };
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, testId);
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);

/** Uploads a model through the Models screen and follows its job to success; answers the progress values shown. */
async function uploadModel(page: Page, glb: Buffer): Promise<number[]> {
  await tab(page, 'models');
  await page.getByTestId('model-product').selectOption(ID);
  await page.getByTestId('model-file').setInputFiles({ name: `${ID}.glb`, mimeType: 'model/gltf-binary', buffer: glb });
  await recordProgress(page, 'model-job');
  await page.getByTestId('model-upload').click();
  await expect(page.getByTestId('model-job')).toBeVisible();
  await expect(page.locator('[data-testid="model-job"][data-state="succeeded"]')).toBeVisible({ timeout: 90_000 });
  return progressSeen(page);
}

/** The placed items' world bounding boxes (the whole item as it stands in the room). */
async function placedBoxes(page: Page) {
  return page.evaluate(() => {
    const scene = (window as any).__r3f.scene;
    const out: { productId: string; size: [number, number, number] }[] = [];
    scene.updateMatrixWorld(true);
    scene.traverse((item: any) => {
      if (item.name !== 'ar-item') return;
      let box: any = null;
      item.getObjectByName('ar-model').traverse((m: any) => {
        if (!m.isMesh) return;
        m.geometry.computeBoundingBox();
        const b = m.geometry.boundingBox.clone().applyMatrix4(m.matrixWorld);
        box = box ? box.union(b) : b;
      });
      out.push({ productId: item.userData.productId, size: box ? [box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z] : [0, 0, 0] });
    });
    return out;
  });
}

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: { width: 800, height: 600 } });
  return context.newPage();
}

test('merchant to customer: import, model, publish, stock and layout reach open pages live; AR at true size; a price change reaches the cart', async ({ page: shop, browser }, info) => {
  const baseURL = info.project.use.baseURL;
  const shot = (p: Page, name: string) => p.screenshot({ path: info.outputPath(`${name}.png`) });

  // The Lyon store's plan as the store opened, not with the racks an earlier run filled.
  await publishOpeningLayout(shop.request, 'store-lyon');

  // The customer's pages, open before the merchant starts: the storefront and the Lyon store.
  await shop.goto('/');
  await expect(shop.getByTestId('product-card').first()).toBeVisible();
  await markDocument(shop);
  const store = await shop.context().newPage();
  await store.goto('/store?store=store-lyon');
  await waitForStore(store);
  await markDocument(store);
  const layoutBefore = Number(await store.getByTestId('store-page').getAttribute('data-layout-version'));
  expect(await storeHook<number[]>(store, 'placesOf', ID)).toEqual([]);

  // The admin imports the CSV: the preview says one product to create, no error; then it applies.
  const admin = await newPage(browser, baseURL);
  await openAdmin(admin, 'admin@vitrine.demo');
  await tab(admin, 'import');
  await admin.getByTestId('import-products-file').setInputFiles({ name: 'new-stool.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(admin.getByTestId('count-create')).toHaveText('1');
  await expect(admin.getByText('Aucune ligne en erreur.')).toBeVisible();
  await shot(admin, '1-import-preview');
  await admin.getByTestId('import-products-apply').click();
  await expect(admin.locator('[data-testid="import-products-job"][data-state="succeeded"]')).toBeVisible({ timeout: 30_000 });
  expect((await admin.request.get(`/api/products/${ID}`)).status(), 'imported as a draft: not public yet').toBe(404);

  // The model: uploaded on the Models screen, its job followed live until it succeeds.
  const progress = await uploadModel(admin, await stoolGlb([0.75, 0.55, 0.35, 1]));
  // The bar only moves forward and ends full; a small model may take less than one read of the job
  // (every 500 ms) from start to end, so the steps it went through are read from its messages.
  expect(progress.every((v, i) => i === 0 || v >= progress[i - 1]!), `progress moves forward (${progress.join(', ')})`).toBe(true);
  expect(progress.at(-1)).toBe(100);
  expect(await admin.getByTestId('model-job-messages').locator('li').count(), 'the job says its steps').toBeGreaterThan(1);
  await expect(admin.getByTestId('model-poster')).toBeVisible();
  await shot(admin, '2-model-done');

  // Published from the product's page.
  await tab(admin, 'products');
  await admin.getByTestId('product-search').fill(ID);
  await admin.locator(`[data-testid="product-row"][data-product="${ID}"]`).getByRole('button', { name: /Modifier Tabouret Journey/ }).click();
  await admin.getByTestId('product-publish').click();
  await expect(admin.getByTestId('product-message')).toContainText('publié');
  const published = await (await admin.request.get(`/api/products/${ID}`)).json();
  expect(published.model.glb).not.toBe(`/models/${ID}.glb`);
  expect(published.dimensionsM).toEqual({ w: CM.w / 100, h: CM.h / 100, d: CM.d / 100 });

  // The open storefront shows it, without a reload.
  await expect(shop.locator(`[data-testid="product-card"][data-product-id="${ID}"]`)).toBeVisible({ timeout: 15_000 });
  expect(await sameDocument(shop), 'the storefront was not reloaded').toBe(true);
  await shop.locator(`[data-testid="product-card"][data-product-id="${ID}"]`).scrollIntoViewIfNeeded();
  await shot(shop, '3-storefront-live');
  // Chromium opens at most six connections to one origin over HTTP/1.1 and every open tab holds
  // two or three event streams: the customer closes the tab they are done with, as people do.
  await shop.close();

  // The Lyon manager stocks it in the store and puts it on rack 1, then publishes the layout.
  const manager = await newPage(browser, baseURL);
  const lyonManager = await newStaff(manager.request, 'manager', 'Manon Journey', 'store-lyon');
  await openAdmin(manager, lyonManager.email, lyonManager.password);
  await expect(manager.getByTestId('admin')).toHaveAttribute('data-role', 'manager');
  await tab(manager, 'stock');
  await manager.getByTestId('import-stock-file').setInputFiles({ name: 'lyon.csv', mimeType: 'text/csv', buffer: Buffer.from(`SKU,location,on hand\n${SKU},store-lyon,4\n`) });
  await expect(manager.getByText('Aucune ligne en erreur.')).toBeVisible();
  await manager.getByTestId('import-stock-apply').click();
  await expect(manager.locator('[data-testid="import-stock-job"][data-state="succeeded"]')).toBeVisible({ timeout: 30_000 });
  await tab(manager, 'layout');
  await manager.locator('[data-fixture="rack-1"]').dispatchEvent('pointerdown');
  await expect(manager.getByTestId('layout-panel')).toBeVisible();
  await manager.getByTestId('layout-panel').getByLabel('Ajouter un produit').selectOption(ID);
  await expect(manager.getByTestId('layout-panel')).toContainText('Tabouret Journey');
  await manager.getByTestId('layout-publish').click();
  await expect(manager.getByRole('status').filter({ hasText: /publiée/ })).toBeVisible();
  await shot(manager, '4-layout-published');

  // The open store view: the new layout, and the stool on the shelves with the store's units.
  await expect(store.getByTestId('store-page')).not.toHaveAttribute('data-layout-version', String(layoutBefore), { timeout: 15_000 });
  await waitForStore(store);
  await expect.poll(async () => (await storeHook<number[]>(store, 'placesOf', ID)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const [first] = await storeHook<number[]>(store, 'placesOf', ID);
  const item = await storeHook<{ holderId: string; x: number; z: number }>(store, 'item', first);
  expect(item.holderId, 'on the rack the manager chose').toBe('rack-1');
  await expect
    .poll(async () => (await storeHook<{ byProduct: Record<string, { full: number }> }>(store, 'facings')).byProduct[ID]?.full ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(0);
  expect(await sameDocument(store), 'the store view was not reloaded').toBe(true);
  await storeHook(store, 'goTo', item.x, item.z + 2.5, 0, -0.2);
  await settled(store);
  await shot(store, '5-store-shelf');

  // The product page, open while the merchant replaces the model with a corrected one.
  const pdp = await store.context().newPage();
  pdp.on('console', (m) => m.type() === 'error' && console.log('product page:', m.text()));
  await pdp.goto(`/p/${ID}`);
  await expect(pdp.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  await markDocument(pdp);
  const firstModel = await pdp.getByTestId('viewer').getAttribute('data-model');
  expect(firstModel).toBe(published.model.glb);
  await shot(pdp, '6-product-page');
  await uploadModel(admin, await stoolGlb([0.3, 0.2, 0.15, 1]));
  await expect(pdp.getByTestId('viewer')).not.toHaveAttribute('data-model', firstModel!, { timeout: 15_000 });
  await expect(pdp.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  expect(await sameDocument(pdp), 'the product page was not reloaded').toBe(true);
  await shot(pdp, '7-product-page-new-model');

  // AR: placed on the emulated room's floor at its declared size (within 1 cm).
  await pdp.bringToFront();
  await enterAr(pdp);
  await findFloor(pdp);
  await pull(pdp);
  await expect.poll(async () => (await placedBoxes(pdp)).length, { timeout: 15_000 }).toBe(1);
  await expect.poll(async () => (await placedBoxes(pdp))[0]?.size[0], { timeout: 15_000 }).toBeGreaterThan(0);
  // Counted above: one placed item.
  const placed = (await placedBoxes(pdp))[0]!;
  expect(placed.productId).toBe(ID);
  // Placed square to the room or turned, the box's height is the model's; its footprint is w x d either way round.
  const [sx, sy, sz] = placed.size;
  expect(Math.abs(sy - CM.h / 100), `height ${sy}`).toBeLessThan(0.01);
  const [small, large] = sx < sz ? [sx, sz] : [sz, sx];
  const [w, d] = [CM.w / 100, CM.d / 100].sort((a, b) => a - b) as [number, number];
  expect(Math.abs(small - w) < 0.01 && Math.abs(large - d) < 0.01, `footprint ${sx} x ${sz}`).toBe(true);
  await shot(pdp, '8-ar-placed');
  await pdp.getByTestId('ar-add-to-cart').click();
  await expect(pdp.getByTestId('ar-card')).toContainText(/Ajouté au panier|Added to cart/);
  await pdp.getByTestId('ar-exit').click();
  await expect(pdp.getByTestId('ar-overlay')).toBeHidden();

  // The cart, open when the admin changes the price: the line takes it, with the notice.
  await store.close();
  const cart = await pdp.context().newPage();
  await cart.goto('/cart');
  await expect(cart.locator(`[data-testid="cart-line"][data-product-id="${ID}"]`)).toBeVisible();
  await expect(cart.getByTestId('cart-live')).toHaveText(/synchronisé|sync/);
  await tab(admin, 'products');
  await admin.getByTestId('product-search').fill(ID);
  await admin.locator(`[data-testid="product-row"][data-product="${ID}"]`).getByRole('button', { name: /Modifier Tabouret Journey/ }).click();
  await admin.getByTestId('pf-price').fill('79,00');
  await admin.getByTestId('product-save').click();
  await expect(admin.getByTestId('product-message')).toContainText('Produit enregistré');
  const line = cart.locator(`[data-testid="cart-line"][data-product-id="${ID}"]`);
  await expect(line.getByTestId('line-price-changed')).toBeVisible({ timeout: 15_000 });
  await expect(line.getByTestId('line-price-changed')).toContainText('89,00');
  await expect(line.getByTestId('line-price-changed')).toContainText('79,00');
  await expect(cart.getByTestId('cart-price-notices')).toBeVisible();
  await shot(cart, '9-cart-price-notice');
  await cart.getByTestId('accept-prices').click();
  await expect(line.getByTestId('line-price-changed')).toHaveCount(0);

  // The specs share one server: the stool leaves the shop again, so the catalogue others walk stays as it was.
  expect((await admin.request.post(`/api/admin/products/${ID}/unpublish`, { headers: await adminAuth(admin.request) })).status()).toBe(200);
});
