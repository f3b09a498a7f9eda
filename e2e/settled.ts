import type { Page } from '@playwright/test';

/** Every finite CSS animation and transition of the page has ended (infinite ones never do). */
export async function transitionsDone(page: Page): Promise<void> {
  // allSettled: an animation cancelled on the way (its element removed) has nothing left to wait for.
  await page.evaluate(() =>
    Promise.allSettled(
      document.getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished),
    ).then(() => undefined),
  );
}

/** Lets `count` display frames pass, in which a 3D view draws what it was just told. */
export async function displayFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) => new Promise<void>((done) => {
      let frames = 0;
      const tick = () => (++frames >= n ? done() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }),
    count,
  );
}

/** Ready for a screenshot: transitions ended and the 3D views have drawn their latest state. */
export async function settled(page: Page): Promise<void> {
  await transitionsDone(page);
  await displayFrames(page, 10);
}
