import { expect, test, type Page } from '@playwright/test';

const cameraAt = (page: Page) => page.evaluate(() => (window as unknown as { __r3f: { camera: { position: { toArray(): number[] } } } }).__r3f.camera.position.toArray());

for (const [lang, locale, viewer, ar] of [
  ['fr', 'fr-FR', 'Modèle 3D de Fauteuil Lisa, L 78 × H 84 × P 82 cm.', 'Voir chez moi : Fauteuil Lisa en réalité augmentée, L 78 × H 84 × P 82 cm'],
  ['en', 'en-GB', '3D model of Lisa armchair, W 78 × H 84 × D 82 cm.', 'View in your room: Lisa armchair in augmented reality, W 78 × H 84 × D 82 cm'],
] as const) {
  test(`the 3D viewer and the AR button say what they show and how big it is (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.addInitScript((l) => localStorage.setItem('vitrine.locale', l), lang);
    await page.goto('/p/armchair-lisa');
    const canvas = page.getByTestId('viewer-canvas');
    await expect(canvas).toHaveAttribute('role', 'img');
    expect(await canvas.getAttribute('aria-label')).toContain(viewer);
    // The visible words start the name, so "View in your room" said aloud still finds the button.
    await expect(page.getByTestId('ar-enter')).toHaveAccessibleName(ar);
    await context.close();
  });
}

test('the 3D viewer never holds the keyboard: Tab moves on, Shift+Tab comes back, arrows turn the model', async ({ page }) => {
  await page.goto('/p/armchair-lisa');
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  const canvas = page.getByTestId('viewer-canvas');
  await canvas.focus();
  const before = await cameraAt(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cameraAt(page)).not.toEqual(before);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'focus left the canvas').not.toBe('viewer-canvas');
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).not.toBeFocused();
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`with prefers-reduced-motion: ${reducedMotion}, the model ${reducedMotion === 'reduce' ? 'stays still and nothing spins' : 'turns on its own'}`, async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto('/p/armchair-lisa');
    // The loading spinner (shown for a moment only, so one is made here to read its style).
    const spin = await page.evaluate(() => {
      const el = document.createElement('span');
      el.className = 'spinner';
      document.body.append(el);
      return getComputedStyle(el).animationName;
    });
    expect(spin === 'none').toBe(reducedMotion === 'reduce');
    await expect(page.getByTestId('viewer')).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
    // The toolbar's "auto-rotate" toggle says whether it turns; the camera shows it does.
    await expect(page.getByRole('button', { name: 'Rotation auto' })).toHaveAttribute('aria-pressed', String(reducedMotion !== 'reduce'));
    const first = await cameraAt(page);
    if (reducedMotion === 'reduce') {
      // Thirty display frames: auto-rotation moves the camera on every one of them.
      await page.evaluate(() => new Promise<void>((done) => {
        let frames = 0;
        const tick = () => (++frames >= 30 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }));
      expect(await cameraAt(page)).toEqual(first);
    } else {
      // Software WebGL on a busy machine may draw few frames: wait for one that moved.
      await expect.poll(() => cameraAt(page), { timeout: 20_000 }).not.toEqual(first);
    }
    expect(await page.locator('.viewer__canvas').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe(reducedMotion === 'reduce' ? '0s' : '0.35s');
    await context.close();
  });
}
