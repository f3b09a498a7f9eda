import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

export type Lang = 'fr' | 'en';

/** A page of the app, who opens it, and what shows it is ready to be read. */
export interface WalkStop {
  path: string;
  /** A seeded account (password `vitrine`); undefined: a guest. */
  email?: string;
  /** A CSS selector that shows the page is there. */
  ready: string;
  /** Shows the consent banner (hidden from browser specs unless they ask for it). */
  banner?: boolean;
}

/** Every page, as the role it is made for (the product page and the cart with a line in it). */
export const EVERY_PAGE: readonly WalkStop[] = [
  { path: '/', ready: '[data-testid="product-card"]' },
  { path: '/p/lamp-bulle', ready: '[data-testid="product-page"]' },
  { path: '/cart', ready: '[data-testid="cart-page"]' },
  { path: '/account', ready: '[data-testid="account-page"]' },
  { path: '/account', email: 'camille@vitrine.demo', ready: '[data-testid="account-page"]' },
  { path: '/privacy', ready: '[data-testid="privacy-page"]' },
  { path: '/', banner: true, ready: '[data-testid="consent-banner"]' },
  { path: '/account/sign-up', ready: '[data-testid="sign-up-form"]' },
  { path: '/account/forgot', ready: '[data-testid="forgot-page"] form' },
  { path: '/account/reset', ready: '[data-testid="link-problem"]' },
  { path: '/account/verify', ready: '[data-testid="link-problem"]' },
  { path: '/account/new-email', ready: '[data-testid="link-problem"]' },
  { path: '/account/security', email: 'camille@vitrine.demo', ready: '[data-testid="passkeys"]' },
  { path: '/cart', email: 'camille@vitrine.demo', ready: '[data-testid="cart-page"]' },
  { path: '/store', ready: '[data-testid="store-page"]' },
  { path: '/advisor', email: 'ines@vitrine.demo', ready: '[data-testid="advisor"]' },
  { path: '/pos', email: 'lyon@vitrine.demo', ready: '[data-testid="pos"]' },
  { path: '/dashboard', email: 'admin@vitrine.demo', ready: '[data-testid="dashboard"]' },
  { path: '/admin', email: 'admin@vitrine.demo', ready: '[data-testid="admin"]' },
];

/** The same pages, plus the shop signed in and the staff screens before anyone signs in. */
export const EVERY_PAGE_AND_SIGN_IN: readonly WalkStop[] = [
  ...EVERY_PAGE,
  { path: '/', email: 'camille@vitrine.demo', ready: '[data-testid="product-card"]' },
  { path: '/p/lamp-bulle', email: 'camille@vitrine.demo', ready: '[data-testid="product-page"]' },
  ...['/advisor', '/pos', '/dashboard', '/admin'].map((path) => ({ path, ready: 'input[type="password"]' })),
];

/**
 * Opens `stop` in `lang`: the language and the session are put in storage before the first script
 * runs, as a returning visitor would have them (a guest gets a fresh guest session with one cart line).
 */
export async function openStop(page: Page, stop: WalkStop, lang: Lang): Promise<void> {
  const api = page.request;
  const auth = stop.email
    ? await api.post('/api/auth/login', { data: { email: stop.email, password: 'vitrine' } })
    : await api.post('/api/auth/guest');
  expect(auth.ok()).toBe(true);
  const session = (await auth.json()) as { token: string; user: unknown };
  if (stop.path === '/cart' || stop.path === '/account') await addLine(page, session.token);
  await page.addInitScript(
    ([l, s, b]) => {
      localStorage.setItem('vitrine.locale', l);
      localStorage.setItem('vitrine.session', s);
      if (b) localStorage.setItem('vitrine.consent-banner-in-tests', '1');
    },
    [lang, JSON.stringify(session), stop.banner === true] as const,
  );
  await page.goto(stop.path);
  await expect(page.locator(stop.ready).first()).toBeVisible({ timeout: 30_000 });
  // Live parts (cart stream, queue, figures) settle after the first paint.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Puts one lamp, to pick up at Lyon, in the caller's cart (so the cart's lines and menus show). */
async function addLine(page: Page, token: string): Promise<void> {
  const h = { Authorization: `Bearer ${token}` };
  const cart = (await (await page.request.post('/api/carts', { headers: h })).json()) as { id: string; lines: unknown[] };
  if (cart.lines.length > 0) return;
  const r = await page.request.post(`/api/carts/${cart.id}/commands`, {
    headers: h,
    data: { commands: [{ type: 'addLine', productId: 'lamp-bulle', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-lyon' } }] },
  });
  expect(r.ok()).toBe(true);
}

/** Where a stop is, for a report line: its path, and who was signed in. */
export const stopName = (stop: WalkStop) => `${stop.path}${stop.email ? ` (${stop.email})` : ''}`;

/**
 * Opens each stop in a fresh browser context (`options`: viewport, locale, touch) in `lang`, hands
 * the ready page to `check`, which returns what it found wrong, and closes the context. Returns
 * every finding as `<stop>: <finding>`.
 *
 * @example expect(await visitEach(browser, EVERY_PAGE, 'fr', { viewport: { width: 360, height: 740 } }, async (page) => [])).toEqual([])
 */
export async function visitEach(
  browser: Browser,
  stops: readonly WalkStop[],
  lang: Lang,
  options: BrowserContextOptions,
  check: (page: Page, stop: WalkStop) => Promise<string[]>,
  before?: (page: Page, stop: WalkStop) => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  for (const stop of stops) {
    const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', ...options });
    try {
      const page = await context.newPage();
      await before?.(page, stop);
      await openStop(page, stop, lang);
      found.push(...(await check(page, stop)).map((f) => `${stopName(stop)}: ${f}`));
    } finally {
      await context.close();
    }
  }
  return found;
}
