import { expect, test, type Page } from '@playwright/test';

/** Renders one frame and reads it back in the same task (the drawing buffer is not preserved). */
async function canvasStats(page: Page) {
  return page.evaluate(() => {
    const { gl, scene, camera } = (window as unknown as { __r3f: { gl: any; scene: any; camera: any } }).__r3f;
    gl.render(scene, camera);
    const ctx = gl.getContext() as WebGL2RenderingContext;
    const w = ctx.drawingBufferWidth;
    const h = ctx.drawingBufferHeight;
    const px = new Uint8Array(w * h * 4);
    ctx.readPixels(0, 0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, px);
    const bg = [235, 233, 228] as const; // #ebe9e4, the posters' background
    let differing = 0;
    const sum: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < px.length; i += 4) {
      // i + 2 < px.length: the buffer holds whole RGBA pixels.
      const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
      if (Math.abs(r - bg[0]) + Math.abs(g - bg[1]) + Math.abs(b - bg[2]) > 30) {
        differing++;
        sum[0] += r;
        sum[1] += g;
        sum[2] += b;
      }
    }
    return { share: differing / (w * h), mean: sum.map((v) => v / Math.max(1, differing)) as [number, number, number], calls: gl.info.render.calls as number, triangles: gl.info.render.triangles as number };
  });
}

test('the product page shows the poster, then a live 3D model that switches variants without reloading', async ({ page }, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/p/sofa-oslo-3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canapé 3 places Oslo');
  await expect(page.locator('.viewer__poster')).toBeVisible();
  await page.screenshot({ path: info.outputPath('1-product-page.png') });

  await expect(page.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 20_000 });
  const sand = await canvasStats(page);
  expect(sand.calls).toBeGreaterThan(0);
  expect(sand.triangles).toBeGreaterThan(1000);
  expect(sand.share, 'the model covers part of the canvas').toBeGreaterThan(0.05);
  await page.screenshot({ path: info.outputPath('2-viewer-sand.png') });

  // Auto-rotation stops at the first touch; the keyboard turns the model.
  const canvas = page.getByTestId('viewer-canvas');
  await canvas.focus();
  const before = await page.evaluate(() => (window as any).__r3f.camera.position.toArray());
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => (window as any).__r3f.camera.position.toArray())).not.toEqual(before);

  // Variant: the same model, other materials; no reload (the renderer is the same object).
  await page.evaluate(() => ((window as any).__viewerBefore = (window as any).__r3f.gl));
  await page.locator('label.swatch', { has: page.getByTestId('variant-anthracite') }).click();
  await expect(page).toHaveURL(/v=anthracite/);
  await expect(page.locator('.variants legend strong')).toHaveText('Gris anthracite');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const names: string[] = [];
        (window as any).__r3f.scene.traverse((o: any) => o.isMesh && names.push(o.material.name));
        return names;
      }),
    )
    .toContain('fabric:anthracite');
  expect(await page.evaluate(() => (window as any).__viewerBefore === (window as any).__r3f.gl)).toBe(true);
  const charcoal = await canvasStats(page);
  expect(charcoal.mean[0], 'charcoal fabric is darker than sand').toBeLessThan(sand.mean[0] - 20);
  await page.screenshot({ path: info.outputPath('3-viewer-charcoal.png') });

  // Dimensions overlay in centimetres, following the model.
  await page.getByTestId('toggle-dims').click();
  await expect(page.getByTestId('dim-w')).toHaveText('214 cm');
  await expect(page.getByTestId('dim-w')).toBeVisible();
  await expect(page.getByTestId('dim-h')).toHaveText('82 cm');
  await page.screenshot({ path: info.outputPath('4-dimensions.png') });
  expect(errors).toEqual([]);
});

test('without WebGL the poster stays and the page says why', async ({ page }, info) => {
  await page.addInitScript(() => {
    delete (window as any).WebGL2RenderingContext;
  });
  await page.goto('/p/lamp-galet');
  await expect(page.getByTestId('viewer-fallback')).toContainText('WebGL');
  await expect(page.locator('.viewer__poster')).toBeVisible();
  await expect(page.getByTestId('viewer-canvas')).toHaveCount(0);
  // The rest of the page still sells: price with the lighting promotion, stock, add to cart.
  await expect(page.getByTestId('price')).toContainText('−15 %');
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.screenshot({ path: info.outputPath('no-webgl.png') });
});

test('Quick Look opens the chosen variant: the link follows the swatch and its file is served', async ({ page }, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Chromium has no Quick Look: answer rel="ar" support as iOS Safari does, so the real link renders.
  await page.addInitScript(() => {
    const supports = DOMTokenList.prototype.supports;
    DOMTokenList.prototype.supports = function (token: string) {
      return token === 'ar' || supports.call(this, token);
    };
  });
  await page.goto('/p/sofa-oslo-3');
  const link = page.getByTestId('ar-quicklook');
  await expect(link).toHaveAttribute('rel', 'ar');
  await expect(link, 'the default variant keeps <id>.usdz').toHaveAttribute('href', '/models/sofa-oslo-3.usdz');

  await page.locator('label.swatch', { has: page.getByTestId('variant-bleu-nuit') }).click();
  await expect(page).toHaveURL(/v=bleu-nuit/);
  await expect(link).toHaveAttribute('href', '/models/variants/sofa-oslo-3--bleu-nuit.usdz');
  await page.screenshot({ path: info.outputPath('quicklook-bleu-nuit.png') });

  const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  const body = await res.body();
  expect(body.length, 'a whole model, not an empty file').toBeGreaterThan(10_000);
  expect([...body.subarray(0, 4)], 'a zip (USDZ)').toEqual([0x50, 0x4b, 0x03, 0x04]);

  // Back to the default colour: back to the default file.
  await page.locator('label.swatch', { has: page.getByTestId('variant-sable') }).click();
  await expect(link).toHaveAttribute('href', '/models/sofa-oslo-3.usdz');
  expect(errors).toEqual([]);
});
