import { expect, test, type APIRequestContext } from '@playwright/test';
import { nav, storeHook, waitForStore, waitFrames } from './store-helpers';
import { adminAuth } from './admin-auth';

test.describe.configure({ timeout: 120_000 });

// The specs share one server: the lamps a test made leave the shop again, so the catalogue others
// walk (the storefront, the shelves of the 3D store) stays as it was.
const made: string[] = [];
test.afterEach(async ({ request }) => {
  const admin = await adminAuth(request);
  for (const id of made.splice(0)) expect((await request.post(`/api/admin/products/${id}/unpublish`, { headers: admin })).status()).toBe(200);
});

type Variant = { id: string; name: { fr: string; en: string }; swatch: string };
const WHITE = { id: 'blanc', name: { fr: 'Blanc', en: 'White' }, swatch: '#f4f1ea' };
const BRASS = { id: 'laiton', name: { fr: 'Laiton', en: 'Brass' }, swatch: '#b08d57' };

/**
 * A lamp sold without a model of its own whose brass finish gets one (the Bulle lamp's model and
 * size: the model pipeline checks the model against the product's size); `modelled` finishes get
 * that model too. Returns the product, the brass model and the Bulle lamp.
 */
async function lampWithBrassModel(request: APIRequestContext, id: string, variants: Variant[], modelled = ['laiton']) {
  const admin = await adminAuth(request);
  const bulle = await (await request.get('/api/products/lamp-bulle')).json();
  const created = await request.post('/api/admin/products', {
    headers: admin,
    data: {
      id, sku: id.toUpperCase(), status: 'published', category: 'lighting', placement: bulle.placement, dimensionsM: bulle.dimensionsM,
      name: { fr: 'Lampe à deux finitions', en: 'Two-finish lamp' }, description: { fr: 'Une lampe.', en: 'A lamp.' },
      price: { amount: 7900, currency: 'EUR' },
      variants,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  made.push(id);

  // The brass finish (and any other named) gets a model of its own; the product keeps none.
  const glb = await (await request.get('/models/lamp-bulle.glb')).body();
  for (const variant of modelled) {
    const upload = await request.put(`/api/admin/products/${id}/model?variant=${variant}`, { headers: { ...admin, 'content-type': 'model/gltf-binary' }, data: glb });
    expect(upload.status(), await upload.text()).toBe(202);
    const { jobId } = await upload.json();
    const job = async () => (await request.get(`/api/admin/jobs/${jobId}`, { headers: admin })).json();
    await expect.poll(async () => ['succeeded', 'failed'].includes((await job()).state), { timeout: 60_000 }).toBe(true);
    const done = await job();
    expect(done.state, JSON.stringify(done)).toBe('succeeded');
  }
  const product = await (await request.get(`/api/products/${id}`)).json();
  expect(product.model).toEqual({ glb: '', usdz: '' });
  const brass = product.variants.find((v: { id: string }) => v.id === 'laiton').model as { glb: string; usdz: string };
  expect(brass.glb).not.toBe('');
  return { product, brass, bulle };
}

/**
 * A product sold without a 3D model of its own, one of whose variants has one: the product page
 * shows that variant in 3D (and offers to place it in the room), and the photo for the others.
 */
test('a variant with its own 3D model is shown in 3D though its product has none', async ({ page, request }, info) => {
  const id = `e2e-variant-model-${Date.now().toString(36)}`;
  const { brass } = await lampWithBrassModel(request, id, [WHITE, BRASS]);

  // White: the photo alone, nothing to place.
  await page.goto(`/p/${id}?v=blanc`);
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-phase', 'photo');
  await expect(page.getByTestId('ar-section')).toHaveCount(0);

  // Brass: its own model in the viewer, and "view in your room".
  await page.goto(`/p/${id}?v=laiton`);
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-model', brass.glb);
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('ar-section')).toBeVisible();
  await page.screenshot({ path: info.outputPath('brass-in-3d.png') });

  // The walkable store faces both finishes on its shelves: brass in its own model, white as a true-size box.
  // Software WebGL: a small frame keeps the store quick to draw.
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto('/store');
  await waitForStore(page);
  const places = await storeHook<number[]>(page, 'placesOf', id);
  const faced = await Promise.all(places.map((i) => storeHook<{ variantId: string; model: { source: string; glb: string } }>(page, 'item', i)));
  const brassFaced = faced.filter((f) => f.variantId === 'laiton');
  const whiteFaced = faced.filter((f) => f.variantId === 'blanc');
  expect(brassFaced.length, 'brass is faced on the shelves').toBeGreaterThan(0);
  expect(whiteFaced.length, 'white is faced on the shelves').toBeGreaterThan(0);
  for (const f of brassFaced) expect(f.model).toEqual({ source: 'glb', glb: brass.glb });
  for (const f of whiteFaced) expect(f.model).toEqual({ source: 'placeholder', glb: '' });
});

/**
 * In the walkable store, a finish no shelf faces: the shopper picks the lamp up (a true-size box,
 * as its white finish has no model), tries the brass swatch on the panel, and the lamp in hand
 * becomes the brass model, fetched then, at its true size.
 */
test('trying a swatch whose model no shelf faces on the product in hand loads that model', async ({ page, request }, info) => {
  const id = `e2e-variant-unfaced-${Date.now().toString(36)}`;
  const GREY = { id: 'gris', name: { fr: 'Gris', en: 'Grey' }, swatch: '#8a8d91' };
  const IVORY = { id: 'ivoire', name: { fr: 'Ivoire', en: 'Ivory' }, swatch: '#efe6d2' };
  const { product, brass, bulle } = await lampWithBrassModel(request, id, [WHITE, GREY, IVORY, BRASS], ['laiton', 'gris']);
  const grey = product.variants.find((v: { id: string }) => v.id === 'gris').model as { glb: string };

  // One copy of each product on the shelves: the lamp stands there in its first finish only.
  const { items: catalogue } = await (await request.get('/api/products')).json();
  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`/store?items=${catalogue.length}`);
  await waitForStore(page);
  const places = await storeHook<number[]>(page, 'placesOf', id);
  expect(places.length, 'the lamp is on a shelf').toBeGreaterThan(0);
  const faced = await Promise.all(places.map((i) => storeHook<{ variantId: string; model: { glb: string } }>(page, 'item', i)));
  expect(faced.map((f) => f.variantId), 'brass and grey are on no shelf').not.toContain('laiton');
  expect(faced.map((f) => f.variantId)).not.toContain('gris');
  const brassRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === brass.glb) brassRequests.push(r.url());
  });
  // The brass model arrives only when let through; the grey one cannot be downloaded at all.
  let letBrassThrough!: () => void;
  const brassGate = new Promise<void>((resolve) => {
    letBrassThrough = resolve;
  });
  await page.route((url) => url.pathname === brass.glb, async (route) => {
    await brassGate;
    await route.continue();
  });
  await page.route((url) => url.pathname === grey.glb, (route) => route.abort('failed'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Pick it up from its panel: in hand, the white lamp's true-size box.
  await storeHook(page, 'select', places[0]);
  await expect(page.getByTestId('store-selection')).toContainText('Lampe à deux finitions');
  await expect.poll(() => storeHook(page, 'panelPoint', 'hold'), { message: 'the panel stands in the store' }).not.toBeNull();
  // The panel may still be settling where it stands: a click that misses is tried again, never a second one that lands.
  await expect(async () => {
    if ((await nav(page)).held?.index !== places[0]) {
      const hold = await storeHook<{ x: number; y: number }>(page, 'panelPoint', 'hold');
      await page.mouse.click(hold.x, hold.y);
    }
    expect((await nav(page)).held?.index).toBe(places[0]);
  }).toPass({ timeout: 15_000 });
  type Held = { source: string; glb: string; wanted: string; loading: string | null; size: { w: number; h: number; d: number } };
  // Registered only while something is held.
  const held = () => page.evaluate(() => (window as unknown as { __storeTest: { heldModel?: () => unknown } }).__storeTest.heldModel?.() ?? null) as Promise<Held | null>;
  await expect.poll(async () => (await held())?.source).toBe('placeholder');
  // Picks swatch `n` on the panel, where it stands at the moment of the click: the panel settles
  // beside the hand after a pick-up, so a click may come before it has stopped; then it is tried again.
  const pickSwatch = (n: string, glb: string) => expect(async () => {
    if ((await held())?.wanted !== glb) {
      const at = await storeHook<{ x: number; y: number }>(page, 'panelPoint', 'variant', n);
      await page.mouse.click(at.x, at.y);
    }
    expect((await held())?.wanted).toBe(glb);
  }).toPass({ timeout: 15_000 });

  // The grey swatch (the second), whose model cannot be read: the box stays in hand, in grey, and the page lives on.
  await pickSwatch('1', grey.glb);
  await expect.poll(async () => (await held())?.loading, { message: 'the grey model failed' }).toBe('failed');
  expect((await held())?.source, 'the shape in hand stays').toBe('placeholder');

  // The brass swatch (the fourth): while its model downloads, the box stays in hand.
  await pickSwatch('3', brass.glb);
  await expect.poll(async () => (await held())?.loading).toBe('loading');
  expect((await held())?.source, 'the shape in hand stays while the model loads').toBe('placeholder');
  await page.screenshot({ path: info.outputPath('brass-loading.png') });
  // Then it is the brass model, in hand.
  letBrassThrough();
  await expect.poll(async () => (await held())?.glb, { timeout: 30_000, message: 'the lamp in hand is the brass model' }).toBe(brass.glb);
  const inHand = (await held())!;
  expect(inHand.source).toBe('glb');
  expect(inHand.loading).toBeNull();
  // True size: the model as drawn matches the catalogue's size within 2 cm (the pipeline allows no more).
  for (const k of ['w', 'h', 'd'] as const) expect(Math.abs(inHand.size[k] - bulle.dimensionsM[k]), `${k} at true size`).toBeLessThan(0.02);
  expect(await page.evaluate(() => (window as unknown as { __r3f: { scene: { getObjectByName(n: string): { userData: { glb?: string } } | undefined } } }).__r3f.scene.getObjectByName('held-product')?.userData.glb)).toBe(brass.glb);
  expect((await nav(page)).held?.index, 'still in hand').toBe(places[0]);

  // Back to white and to brass again: the box, then the brass model from the cache, no second download.
  await pickSwatch('0', '');
  await expect.poll(async () => (await held())?.source).toBe('placeholder');
  await pickSwatch('3', brass.glb);
  await expect.poll(async () => (await held())?.glb).toBe(brass.glb);
  expect(brassRequests.length, 'the brass model is downloaded once').toBe(1);
  expect(errors, 'no error on the page').toEqual([]);
  await waitFrames(page, 5);
  await page.screenshot({ path: info.outputPath('brass-in-hand.png') });
});
