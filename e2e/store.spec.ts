import { expect, test } from '@playwright/test';
import { cartFromApi, nav, storeHook, waitForStore, waitFrames } from './store-helpers';
import { settled } from './settled';
import { fillEveryShelf } from './full-shelves';

// Software WebGL: a small viewport keeps frames coming; nothing below waits on a frame rate.
test.use({ viewport: { width: 640, height: 360 } });
test.setTimeout(120_000);

test('desktop: walk from the entrance into an aisle, pick a product, add it to the cart (channel web), pick it up, reload in place, leave with Back', async ({ page, request }, info) => {
  // Arrive from the shop, so that Back has somewhere to go.
  await page.goto('/');
  await page.goto('/store');
  await waitForStore(page);
  const world = await storeHook<{ items: number; unplaced: number }>(page, 'world');
  expect(world.unplaced, 'every product found a place on the shelves').toBe(0);
  const start = await nav(page);
  expect(start.pose.z, 'we start at the entrance').toBeGreaterThan(-4);
  const stats = await storeHook<{ calls: number }>(page, 'stats');
  expect(stats.calls, 'the whole store in a few draw calls').toBeLessThanOrEqual(50);
  // The shelves show the store's stock, which other customers on this server may have bought out:
  // the store first counts every product at as many units as it has places.
  expect(await fillEveryShelf(page, request), 'a first visit opens the Lyon store').toBe('store-lyon');
  await page.screenshot({ path: info.outputPath('1-entrance.png') });

  // Walk in with the keyboard (Shift to hurry) until we are in the central aisle of the hall.
  await page.locator('canvas').first().focus();
  await page.keyboard.down('ShiftLeft');
  await page.keyboard.down('KeyW');
  await page.waitForFunction(() => (window as any).__storeTest.nav().pose.z < -37, null, { timeout: 60_000, polling: 100 });
  await page.keyboard.up('KeyW');
  await page.keyboard.up('ShiftLeft');
  const inAisle = await nav(page);
  expect(Math.abs(inAisle.pose.x), 'still in the aisle, not inside a rack').toBeLessThan(1.6);
  await page.screenshot({ path: info.outputPath('2-in-the-aisle.png') });

  // Drag the mouse to look right, at the rack beside us.
  const box = (await page.locator('.store-canvas canvas').boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 320, box.y + 200, { steps: 8 });
  await page.mouse.move(box.x + 540, box.y + 200, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await nav(page)).pose.yaw).toBeLessThan(-1.0);

  // Click the product nearest the middle of the view.
  const target = await storeHook<{ index: number; x: number; y: number } | null>(page, 'visibleItem', 5);
  expect(target, 'a product is in view').not.toBeNull();
  const item = await storeHook<{ productId: string; variantId: string | null; product: { fr: string; en: string } }>(page, 'item', target!.index);
  await page.mouse.move(target!.x, target!.y);
  await expect.poll(async () => (await nav(page)).hovered, { message: 'pointing highlights it' }).toBe(target!.index);
  await page.mouse.click(target!.x, target!.y);
  await expect.poll(async () => (await nav(page)).selected).toBe(target!.index);
  await expect(page.getByTestId('store-selection')).toContainText(item.product.fr);
  await settled(page);
  await page.screenshot({ path: info.outputPath('3-product-panel.png') });

  // "Add to cart" on the panel standing in the store.
  const add = await storeHook<{ x: number; y: number }>(page, 'panelPoint', 'add');
  await page.mouse.click(add.x, add.y);
  await expect(page.getByTestId('store-cart-count')).toHaveText('1', { timeout: 10_000 });
  const cart = await cartFromApi(page);
  expect(cart.lines.map((l) => l.productId)).toEqual([item.productId]);
  expect(cart.lines[0]?.variantId ?? null).toBe(item.variantId);
  expect(cart.channel, 'added from the browser').toBe('web');
  await page.getByTestId('store-cart-toggle').click();
  await expect(page.getByTestId('store-cart-line')).toHaveAttribute('data-product', item.productId);
  await page.screenshot({ path: info.outputPath('4-added-to-cart.png') });

  // Nothing covers anything, on a phone-sized and on a laptop-sized screen: the cart (top right), the
  // live session (bottom right, folded to a people-and-chat toggle below 900 px) and the panel standing in the store.
  await expect(page.getByTestId('session-toggle')).toHaveAttribute('aria-expanded', 'false');
  for (const size of [{ width: 1280, height: 720 }, { width: 640, height: 360 }]) {
    await page.setViewportSize(size);
    await waitFrames(page, 2);
    const box = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const [cartBox, sessionBox, barBox] = [await box('.store-cart'), await box('[data-testid="help-panel"]'), await box('.store-hud')];
    const apart = (a: typeof cartBox, b: typeof cartBox) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    expect(apart(cartBox, sessionBox), `cart and session panel apart at ${size.width}px`).toBe(true);
    expect(cartBox.top, 'the cart opens below the bar').toBeGreaterThanOrEqual(barBox.bottom);
    expect(sessionBox.bottom).toBeLessThanOrEqual(size.height);
    for (const action of ['add', 'hold']) {
      const at = await storeHook<{ x: number; y: number }>(page, 'panelPoint', action);
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at), `panel "${action}" uncovered at ${size.width}px`).toBe('CANVAS');
    }
  }

  // "Pick up": the product comes in front of the camera (its shelf place empties); drag turns it.
  await page.getByTestId('store-cart-toggle').click();
  const hold = await storeHook<{ x: number; y: number }>(page, 'panelPoint', 'hold');
  await page.mouse.click(hold.x, hold.y);
  await expect.poll(async () => (await nav(page)).held?.by).toBe('desktop');
  await settled(page);
  await page.screenshot({ path: info.outputPath('5-picked-up.png') });

  // Reload: same place, same product selected, still in hand.
  const before = await nav(page);
  await page.reload();
  await waitForStore(page);
  await waitFrames(page, 10);
  const after = await nav(page);
  expect(Math.hypot(after.pose.x - before.pose.x, after.pose.z - before.pose.z)).toBeLessThan(0.3);
  expect(Math.abs(after.pose.yaw - before.pose.yaw)).toBeLessThan(0.05);
  expect(after.selected).toBe(before.selected);
  expect(after.held).toEqual(before.held);
  await page.screenshot({ path: info.outputPath('6-after-reload.png') });

  // Back leaves the 3D store for the page we came from, and tidies up behind it.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('store-page')).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveClass(/store-open/);
});
