import { expect, type Page } from '@playwright/test';

/**
 * The emulated AR session (@react-three/xr's IWER emulator, in the `xr` project) as a person
 * drives it: enter from the product page, turn the head, pull the trigger.
 */

/** Presses the product page's AR button and waits for the session to run. */
export async function enterAr(page: Page): Promise<void> {
  await page.getByTestId('ar-enter').click();
  await page.waitForFunction(() => (window as any).__xrStore?.getState().session, null, { timeout: 30_000 });
}

/** Turns the emulated headset towards a point of the room. */
export async function lookAt(page: Page, target: { x: number; y: number; z: number }): Promise<void> {
  await page.evaluate((t) => (window as any).__xrStore.getState().emulator.remote.dispatch('look_at', { device: 'headset', target: t }), target);
}

/** Lets `count` XR frames run (the hit test and the reticle follow the head a frame later). */
export async function xrFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const s = (window as any).__xrStore;
    for (let i = 0; i < n; i++) await s.requestFrame();
  }, count);
}

/** Presses and releases the emulated right controller's trigger across a few XR frames (software frame rates). */
export async function pull(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const s = (window as any).__xrStore;
    const remote = s.getState().emulator.remote;
    await remote.dispatch('set_select_value', { device: 'controller-right', value: 1 });
    for (let i = 0; i < 2; i++) await s.requestFrame();
    await remote.dispatch('set_select_value', { device: 'controller-right', value: 0 });
    for (let i = 0; i < 2; i++) await s.requestFrame();
  });
}

/** The reticle has found a surface where the head looks, and the prompt says so. */
export function surfacePrompt(page: Page) {
  return page.locator('[data-testid=ar-prompt][data-surface=true]');
}

/** Looks at the room's floor ahead and waits until the reticle finds it. */
export async function findFloor(page: Page, target = { x: 0, y: 0, z: -1.5 }): Promise<void> {
  await lookAt(page, target);
  await xrFrames(page, 3);
  await expect(surfacePrompt(page)).toBeVisible({ timeout: 15_000 });
}
