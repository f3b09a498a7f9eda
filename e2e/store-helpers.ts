import type { Page } from '@playwright/test';

/** What `window.__storeTest` answers (client/src/scene/StoreTestHooks.tsx). */
export interface StoreNav {
  pose: { x: number; z: number; yaw: number; pitch: number };
  selected: number;
  hovered: number;
  held: { index: number; by: string } | null;
  inXR: boolean;
}

export const storeHook = <T>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([n, a]) => (window as any).__storeTest[n as string](...(a as unknown[])), [name, args] as const) as Promise<T>;

export const nav = (page: Page) => storeHook<StoreNav>(page, 'nav');

/** Waits until the store is built and every product model is in (not the placeholders). */
export async function waitForStore(page: Page) {
  await page.waitForFunction(() => (window as any).__storeTest?.ready?.() === true, null, { timeout: 60_000, polling: 250 });
}

/** The customer's active cart as the API sees it, with the page's own session. */
export function cartFromApi(page: Page) {
  return page.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const res = await fetch('/api/carts', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    return (await res.json()) as { id: string; channel: string; version: number; lines: Array<{ productId: string; variantId?: string; qty: number }> };
  });
}

/**
 * Waits for `n` more rendered frames. Right after a load, software WebGL may still be compiling
 * shaders, and a screenshot then shows an unfinished canvas.
 */
export async function waitFrames(page: Page, n: number) {
  const start = await page.evaluate(() => (window as any).__r3f.gl.info.render.frame as number);
  await page.waitForFunction((s) => (window as any).__r3f.gl.info.render.frame >= s, start + n, { timeout: 60_000, polling: 100 });
}
