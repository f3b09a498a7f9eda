import { expect, test, type Page } from '@playwright/test';
import { cartFromApi, nav, storeHook, waitForStore } from './store-helpers';
import { fillEveryShelf } from './full-shelves';
import { CHROMIUM_ARGS, CHROMIUM_PATH, WITHOUT_NATIVE_WEBXR } from './chromium-flags';

// Chromium's own WebXR off, so that @react-three/xr's emulator (IWER) installs itself.
test.use({
  viewport: { width: 640, height: 360 },
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, WITHOUT_NATIVE_WEBXR],
  },
});
test.setTimeout(150_000);

const remote = (page: Page, method: string, params: object) =>
  page.evaluate(([m, p]) => (window as any).__xrStore.getState().emulator.remote.dispatch(m, p), [method, params] as const);

/** Pulls and releases the right trigger across a few XR frames (a click at software frame rates). */
async function pull(page: Page) {
  await page.evaluate(async () => {
    const s = (window as any).__xrStore;
    const r = s.getState().emulator.remote;
    await r.dispatch('set_select_value', { device: 'controller-right', value: 1 });
    for (let i = 0; i < 3; i++) await s.requestFrame();
    await r.dispatch('set_select_value', { device: 'controller-right', value: 0 });
    for (let i = 0; i < 3; i++) await s.requestFrame();
  });
}

/** Pushes the right thumbstick forward (-1) or lets it go (0), for a few XR frames. */
async function stick(page: Page, y: number) {
  await remote(page, 'set_gamepad_state', { device: 'controller-right', axes: [{ index: 1, value: y }] });
  await frames(page, 3);
}

async function frames(page: Page, n: number) {
  await page.evaluate(async (k) => {
    for (let i = 0; i < k; i++) await (window as any).__xrStore.requestFrame();
  }, n);
}

/** Aims the right controller at a world point (the emulator works in the headset's local space). */
async function aimAt(page: Page, world: { x: number; y: number; z: number }) {
  const { pose } = await nav(page);
  const dx = world.x - pose.x;
  const dz = world.z - pose.z;
  const c = Math.cos(-pose.yaw);
  const s = Math.sin(-pose.yaw);
  await remote(page, 'look_at', { device: 'controller-right', target: { x: c * dx + s * dz, y: world.y, z: -s * dx + c * dz } });
  await frames(page, 3);
}

test('headset: enter VR, teleport into an aisle, point at a product, select it, add it to the cart (channel vr), the cart page follows', async ({ page, context, request }, info) => {
  await page.goto('/store');
  await waitForStore(page);
  // Every place on the shelves stocked, whatever other customers on this server bought.
  await fillEveryShelf(page, request);
  await page.waitForFunction(() => (window as any).__xrStore?.getState().emulator, null, { timeout: 30_000 });
  // Another page on the same cart (same customer, same browser): it must see the change by itself.
  const cartPage = await context.newPage();
  await cartPage.goto('/cart');
  await expect(cartPage.getByTestId('cart-live')).toHaveText(/synchronisé|sync/, { timeout: 15_000 });
  const linesBefore = await cartPage.getByTestId('cart-line').count();
  // Background tabs get no animation frames: the store must be in front.
  await page.bringToFront();

  await page.getByTestId('enter-vr').click();
  await page.waitForFunction(() => (window as any).__xrStore.getState().session && (window as any).__storeTest.nav().inXR, null, { timeout: 30_000 });
  await remote(page, 'set_transform', { device: 'controller-right', position: { x: 0, y: 1.3, z: -0.3 }, orientation: { pitch: 40, yaw: 0, roll: 0 } });
  await frames(page, 3);
  await page.screenshot({ path: info.outputPath('1-in-vr-at-the-entrance.png') });

  // Parabolic teleports straight ahead (thumbstick forward shows the arc, release jumps), about
  // 16 m each, until we stand in the central aisle of the hall.
  for (const beyond of [-12, -28, -40]) {
    await stick(page, -1);
    if (beyond === -12) await page.screenshot({ path: info.outputPath('2-teleport-arc.png') });
    await stick(page, 0);
    await expect.poll(async () => (await nav(page)).pose.z, { timeout: 15_000 }).toBeLessThan(beyond);
  }
  const there = await nav(page);
  expect(Math.abs(there.pose.x), 'landed in the aisle, not in a rack').toBeLessThan(1.6);
  await page.screenshot({ path: info.outputPath('3-teleported-into-the-aisle.png') });

  // Point at the nearest product on the rack to the right, low enough to be in reach, among the
  // places this store's stock fills, and pull the trigger.
  await page.waitForFunction(() => (window as any).__storeTest.facings().read, null, { timeout: 15_000 });
  const items = await page.evaluate(() => {
    const t = (window as any).__storeTest;
    const out = [];
    for (let i = 0; i < t.world().items; i++) out.push({ i, ...t.item(i) });
    return out as Array<{ i: number; x: number; y: number; z: number; size: { h: number }; source: string; holderId: string; stocked: boolean }>;
  });
  const shelf = items
    .filter((it) => it.source === 'shelf' && it.holderId === 'rack-5' && it.y < 1 && it.stocked)
    .sort((a, b) => Math.abs(a.z - there.pose.z) - Math.abs(b.z - there.pose.z))[0];
  if (!shelf) throw new Error('no stocked product low on rack-5 in this store');
  await aimAt(page, { x: shelf.x, y: shelf.y + shelf.size.h / 2, z: shelf.z });
  await expect.poll(async () => (await nav(page)).hovered, { timeout: 15_000, message: 'the ray highlights it' }).toBe(shelf.i);
  await pull(page);
  await expect.poll(async () => (await nav(page)).selected, { timeout: 15_000 }).toBe(shelf.i);
  const product = await storeHook<{ productId: string }>(page, 'item', shelf.i);
  await frames(page, 4);
  await page.screenshot({ path: info.outputPath('4-product-selected.png') });

  // Point at "Add to cart" on the panel and pull.
  const add = await storeHook<{ world: [number, number, number] }>(page, 'panelPoint', 'add');
  await aimAt(page, { x: add.world[0], y: add.world[1], z: add.world[2] });
  await pull(page);
  await expect.poll(async () => (await cartFromApi(page)).lines.length, { timeout: 15_000 }).toBe(linesBefore + 1);
  const cart = await cartFromApi(page);
  expect(cart.lines.some((l) => l.productId === product.productId)).toBe(true);
  expect(cart.channel, 'recorded as coming from the headset').toBe('vr');
  // Turn the left wrist towards the eyes: the wrist menu shows the live cart.
  await remote(page, 'set_transform', { device: 'controller-left', position: { x: 0, y: 1.52, z: -0.32 }, orientation: { pitch: -30, yaw: 0, roll: -30 } });
  await frames(page, 4);
  await expect.poll(async () => (await storeHook<{ visible: boolean }>(page, 'wristMenu')).visible).toBe(true);
  await page.screenshot({ path: info.outputPath('5-added-in-vr-wrist-menu.png') });
  await remote(page, 'set_transform', { device: 'controller-left', position: { x: -0.25, y: 1.3, z: -0.4 }, orientation: { pitch: 0, yaw: 0, roll: 0 } });

  // Squeeze while pointing at the product: it comes to the hand; let go and it is back on the shelf.
  await aimAt(page, { x: shelf.x, y: shelf.y + shelf.size.h / 2, z: shelf.z });
  await remote(page, 'set_gamepad_state', { device: 'controller-right', buttons: [{ index: 1, value: 1 }] });
  await expect.poll(async () => (await nav(page)).held?.by, { timeout: 15_000 }).toBe('right');
  await remote(page, 'set_transform', { device: 'controller-right', position: { x: 0.1, y: 1.3, z: -0.45 }, orientation: { pitch: 20, yaw: 60, roll: -30 } });
  await frames(page, 4);
  await page.screenshot({ path: info.outputPath('6-product-in-hand.png') });
  await remote(page, 'set_gamepad_state', { device: 'controller-right', buttons: [{ index: 1, value: 0 }] });
  await expect.poll(async () => (await nav(page)).held, { timeout: 15_000 }).toBeNull();

  // The cart page, open on the same cart, got it from the event stream.
  await expect(cartPage.getByTestId('cart-line')).toHaveCount(linesBefore + 1, { timeout: 3_000 });
  await cartPage.screenshot({ path: info.outputPath('7-cart-page-updated.png') });
});
