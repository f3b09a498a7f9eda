import { expect, test, type Page } from '@playwright/test';
import { enterAr, lookAt, pull, surfacePrompt, xrFrames } from './ar-session';
import { adminAuth } from './admin-auth';

/** Placed items: world position, and the model's box in the item's own frame (so its turn does not inflate it). */
async function placedItems(page: Page) {
  return page.evaluate(() => {
    const scene = (window as any).__r3f.scene;
    const out: { productId: string; position: [number, number, number]; size: [number, number, number]; scale: number }[] = [];
    scene.updateMatrixWorld(true);
    scene.traverse((item: any) => {
      if (item.name !== 'ar-item') return;
      const toItem = item.matrixWorld.clone().invert();
      let box: any = null;
      item.getObjectByName('ar-model').traverse((m: any) => {
        if (!m.isMesh) return;
        m.geometry.computeBoundingBox();
        const b = m.geometry.boundingBox.clone().applyMatrix4(toItem.clone().multiply(m.matrixWorld));
        box = box ? box.union(b) : b;
      });
      const size: [number, number, number] = box ? [box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z] : [0, 0, 0];
      out.push({ productId: item.userData.productId, position: item.getWorldPosition(item.position.clone()).toArray() as [number, number, number], size, scale: item.scale.x });
    });
    return out;
  });
}

/** Height of the emulated room's floor plane, read inside an XR frame. */
async function floorY(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const s = (window as any).__xrStore.getState();
        const floor = s.detectedPlanes.find((p: XRPlane) => p.semanticLabel === 'floor');
        if (!floor) return reject(new Error('no floor plane'));
        s.session.requestAnimationFrame((_t: number, frame: XRFrame) => {
          const pose = frame.getPose(floor.planeSpace, (window as any).__r3f.gl.xr.getReferenceSpace());
          pose ? resolve(pose.transform.position.y) : reject(new Error('no floor pose'));
        });
      }),
  );
}

test.setTimeout(120_000);

test('AR in the emulated living room: place a sofa at true size on the floor, a coffee table beside it, add to cart from the overlay', async ({ page, context }, info) => {
  const catalogue = (await (await page.request.get('/api/products')).json()).items as { id: string; dimensionsM: { w: number; h: number; d: number } }[];
  const dims = (id: string) => catalogue.find((p) => p.id === id)!.dimensionsM;

  // Views in AR are journey analytics: this customer accepted them.
  await page.addInitScript(() => localStorage.setItem('vitrine.consent', JSON.stringify({ analytics: true, decidedAt: new Date().toISOString() })));
  await page.goto('/p/sofa-oslo-3?v=sauge');
  await page.waitForFunction(() => localStorage.getItem('vitrine.session'));
  const cartPage = await context.newPage();
  await cartPage.goto('/cart');
  await expect(cartPage.getByTestId('cart-live')).toHaveText(/synchronisé|sync/);
  // Background tabs get no animation frames: the AR page must be the one in front.
  await page.bringToFront();

  await enterAr(page);
  await expect(page.getByTestId('ar-overlay')).toBeVisible();
  await expect(page.getByTestId('ar-prompt')).toBeVisible();
  await page.screenshot({ path: info.outputPath('1-ar-started.png') });

  // Looking down at the floor: the reticle finds it and the prompt says so.
  await lookAt(page, { x: 0, y: 0, z: -1.8 });
  await expect(surfacePrompt(page)).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: info.outputPath('2-surface-found.png') });

  await pull(page);
  await expect.poll(async () => (await placedItems(page)).length, { timeout: 15_000 }).toBe(1);
  await expect.poll(async () => (await placedItems(page))[0]?.size[0], { timeout: 15_000 }).toBeGreaterThan(0);
  // Counted above: one placed item.
  const sofa = (await placedItems(page))[0]!;
  const floor = await floorY(page);
  expect(sofa.productId).toBe('sofa-oslo-3');
  expect(Math.abs(sofa.position[1] - floor), 'the sofa stands on the floor plane').toBeLessThan(0.01);
  expect(sofa.scale).toBe(1);
  const d = dims('sofa-oslo-3');
  expect(Math.abs(sofa.size[0] - d.w)).toBeLessThan(0.01);
  expect(Math.abs(sofa.size[1] - d.h)).toBeLessThan(0.01);
  expect(Math.abs(sofa.size[2] - d.d)).toBeLessThan(0.01);
  await expect(page.getByTestId('ar-card')).toHaveAttribute('data-product-id', 'sofa-oslo-3');
  await expect(page.getByTestId('ar-card')).toContainText('Vert sauge');
  await page.screenshot({ path: info.outputPath('3-sofa-placed.png') });

  // A second product from the in-AR list, placed beside the sofa.
  await page.getByTestId('ar-pick-table-basse-nuage').click();
  await lookAt(page, { x: 1.3, y: 0, z: -1.0 });
  await xrFrames(page, 3);
  await expect(surfacePrompt(page)).toBeVisible({ timeout: 15_000 });
  await pull(page);
  await expect.poll(async () => (await placedItems(page)).length, { timeout: 15_000 }).toBe(2);
  await expect.poll(async () => (await placedItems(page))[1]?.size[0], { timeout: 15_000 }).toBeGreaterThan(0);
  const table = (await placedItems(page))[1]!;
  expect(table.productId).toBe('table-basse-nuage');
  const td = dims('table-basse-nuage');
  expect(Math.abs(table.size[0] - td.w)).toBeLessThan(0.01);
  expect(Math.abs(table.size[1] - td.h)).toBeLessThan(0.01);
  await page.screenshot({ path: info.outputPath('4-table-placed.png') });

  // Add to cart from inside AR: the cart page open on the same cart updates by itself (SSE).
  await expect(page.getByTestId('ar-card')).toHaveAttribute('data-product-id', 'table-basse-nuage');
  // The card says how the line will come, and the add does just that: here, pickup at a store that has it.
  const fulfil = page.getByTestId('ar-fulfilment');
  await expect(fulfil).toHaveValue('ship');
  const pickup = await fulfil.locator('option[value^="pickup:"]').first().getAttribute('value');
  if (!pickup) throw new Error('no store offers the table for pickup');
  await fulfil.selectOption(pickup);
  await page.getByTestId('ar-add-to-cart').click();
  await expect(page.getByTestId('ar-card')).toContainText(/Ajouté au panier|Added to cart/);
  await expect(cartPage.getByTestId('cart-line')).toHaveCount(1, { timeout: 3_000 });
  await expect(cartPage.getByTestId('cart-line')).toHaveAttribute('data-product-id', 'table-basse-nuage');
  const cart = await cartPage.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    return (await (await fetch('/api/carts', { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).json()) as { channel: string; lines: { fulfilment: unknown }[] };
  });
  expect(cart.channel, 'the change is recorded as coming from AR').toBe('ar');
  expect(cart.lines[0]?.fulfilment, 'the line comes the way the AR card said').toEqual({ type: 'pickup', locationId: pickup.slice('pickup:'.length) });
  // Placing the table in the room was an AR view of it, and the add followed: the dashboard's AR funnel counts it.
  const arViews = await cartPage.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const { items } = await (await fetch('/api/customers/me/timeline', { headers: { Authorization: `Bearer ${token}` } })).json();
    return (items as { type: string; channel: string; data: { productId?: string } }[]).filter((e) => e.type === 'product.viewed_in_ar').map((e) => `${e.data.productId}:${e.channel}`);
  });
  expect(arViews).toContain('table-basse-nuage:ar');
  const dash = await (await page.request.get('/api/dashboard', { headers: await adminAuth(page.request) })).json();
  const arTable = dash.ar.products.find((p: { productId: string }) => p.productId === 'table-basse-nuage');
  expect(arTable, 'the table viewed in AR and added from AR is an AR view leading to an add').toMatchObject({ viewsLeadingToAdd: expect.any(Number) });
  expect(arTable.viewsLeadingToAdd).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: info.outputPath('5-added-in-ar.png') });
  await cartPage.screenshot({ path: info.outputPath('6-cart-page-updated.png') });

  // Remove the table, then leave AR: back on the product page with its viewer.
  await page.getByTestId('ar-remove').click();
  await expect.poll(async () => (await placedItems(page)).length).toBe(1);
  await page.getByTestId('ar-exit').click();
  await expect(page.getByTestId('ar-overlay')).toBeHidden();
  await expect(page.getByTestId('ar-stage')).toHaveCount(0);
});
