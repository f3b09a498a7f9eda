import { expect, test } from '@playwright/test';
import { storeHook, waitForStore } from './store-helpers';

test.describe.configure({ timeout: 120_000 });

/**
 * A product sold without a 3D model of its own, one of whose variants has one: the product page
 * shows that variant in 3D (and offers to place it in the room), and the photo for the others.
 */
test('a variant with its own 3D model is shown in 3D though its product has none', async ({ page, request }, info) => {
  const id = `e2e-variant-model-${Date.now().toString(36)}`;
  const { token } = await request.post('/api/auth/login', { data: { email: 'admin@vitrine.demo', password: 'vitrine' } }).then((r) => r.json());
  const admin = { Authorization: `Bearer ${token}` };
  // The Bulle lamp's model and size: the model pipeline checks the model against the product's size.
  const bulle = await (await request.get('/api/products/lamp-bulle')).json();
  const created = await request.post('/api/admin/products', {
    headers: admin,
    data: {
      id, sku: id.toUpperCase(), status: 'published', category: 'lighting', placement: bulle.placement, dimensionsM: bulle.dimensionsM,
      name: { fr: 'Lampe à deux finitions', en: 'Two-finish lamp' }, description: { fr: 'Une lampe.', en: 'A lamp.' },
      price: { amount: 7900, currency: 'EUR' },
      variants: [
        { id: 'blanc', name: { fr: 'Blanc', en: 'White' }, swatch: '#f4f1ea' },
        { id: 'laiton', name: { fr: 'Laiton', en: 'Brass' }, swatch: '#b08d57' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  // The brass finish gets a model of its own; the product keeps none.
  const glb = await (await request.get('/models/lamp-bulle.glb')).body();
  const upload = await request.put(`/api/admin/products/${id}/model?variant=laiton`, { headers: { ...admin, 'content-type': 'model/gltf-binary' }, data: glb });
  expect(upload.status(), await upload.text()).toBe(202);
  const { jobId } = await upload.json();
  const job = async () => (await request.get(`/api/admin/jobs/${jobId}`, { headers: admin })).json();
  await expect.poll(async () => ['succeeded', 'failed'].includes((await job()).state), { timeout: 60_000 }).toBe(true);
  const done = await job();
  expect(done.state, JSON.stringify(done)).toBe('succeeded');
  const product = await (await request.get(`/api/products/${id}`)).json();
  expect(product.model).toEqual({ glb: '', usdz: '' });
  const brass = product.variants.find((v: { id: string }) => v.id === 'laiton').model;
  expect(brass.glb).not.toBe('');

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
