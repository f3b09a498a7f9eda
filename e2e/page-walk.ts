import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { newCustomer, type NewCustomer } from './new-customer';
import { newStaff, type NewStaff } from './new-staff';
import { transitionsDone } from './settled';

export type Lang = 'fr' | 'en';

/** The seeded admin, who makes every other account: the walk only reads the back office's screens. */
const ADMIN = { email: 'admin@vitrine.demo', password: 'vitrine' } as const;

/** Who opens a stop: a guest (undefined), one of the walk's own accounts, or the admin. */
export type Visitor = keyof WalkAccounts | 'admin';

/** The accounts a walk signs in with, made for it: a customer, an advisor, a clerk of the Lyon store. */
export interface WalkAccounts {
  customer?: NewCustomer;
  advisor?: NewStaff;
  clerk?: NewStaff;
}

/** A page of the app, who opens it, and what shows it is ready to be read. */
export interface WalkStop {
  path: string;
  as?: Visitor;
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
  { path: '/account', as: 'customer', ready: '[data-testid="account-page"]' },
  { path: '/privacy', ready: '[data-testid="privacy-page"]' },
  { path: '/', banner: true, ready: '[data-testid="consent-banner"]' },
  { path: '/account/sign-up', ready: '[data-testid="sign-up-form"]' },
  { path: '/account/forgot', ready: '[data-testid="forgot-page"] form' },
  { path: '/account/reset', ready: '[data-testid="link-problem"]' },
  { path: '/account/verify', ready: '[data-testid="link-problem"]' },
  { path: '/account/new-email', ready: '[data-testid="link-problem"]' },
  { path: '/account/email-undo', ready: '[data-testid="link-problem"]' },
  { path: '/account/security', as: 'customer', ready: '[data-testid="passkeys"]' },
  { path: '/cart', as: 'customer', ready: '[data-testid="cart-page"]' },
  { path: '/store', ready: '[data-testid="store-page"]' },
  { path: '/advisor', as: 'advisor', ready: '[data-testid="advisor"]' },
  { path: '/pos', as: 'clerk', ready: '[data-testid="pos"]' },
  { path: '/dashboard', as: 'admin', ready: '[data-testid="dashboard"]' },
  { path: '/admin', as: 'admin', ready: '[data-testid="admin"]' },
];

/** The same pages, plus the shop signed in and the staff screens before anyone signs in. */
export const EVERY_PAGE_AND_SIGN_IN: readonly WalkStop[] = [
  ...EVERY_PAGE,
  { path: '/', as: 'customer', ready: '[data-testid="product-card"]' },
  { path: '/p/lamp-bulle', as: 'customer', ready: '[data-testid="product-page"]' },
  ...['/advisor', '/pos', '/dashboard', '/admin'].map((path) => ({ path, ready: 'input[type="password"]' })),
];

/**
 * Opens `stop` in `lang`: the language and the session are put in storage before the first script
 * runs, as a returning visitor would have them (a guest gets a fresh guest session with one cart
 * line). `accounts` are those a customer, advisor or clerk stop signs in with.
 */
export async function openStop(page: Page, stop: WalkStop, lang: Lang, accounts: WalkAccounts = {}): Promise<void> {
  const api = page.request;
  const credentials = stop.as === 'admin'
    ? ADMIN
    : stop.as ? (accounts[stop.as] ?? (() => { throw new Error(`${stop.path}: a ${stop.as} stop needs the walk's ${stop.as}`); })()) : undefined;
  const auth = credentials
    ? await api.post('/api/auth/login', { data: { email: credentials.email, password: credentials.password } })
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
  // Live parts (cart stream, queue, figures) load after the first paint; event streams do not count.
  await page.waitForLoadState('networkidle');
  await transitionsDone(page);
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
export const stopName = (stop: WalkStop) => `${stop.path}${stop.as ? ` (${stop.as})` : ''}`;

/**
 * How many stops are open at once. A stop spends most of its time waiting (sign-in, first paint,
 * the network going quiet, transitions), so a few side by side finish the walk sooner on two cores;
 * each has its own context and session, so they cannot see each other.
 */
const STOPS_AT_ONCE = 3;

/**
 * Opens each stop in a fresh browser context (`options`: viewport, locale, touch) in `lang`, hands
 * the ready page to `check`, which returns what it found wrong, and closes the context. Customer,
 * advisor and clerk stops sign in as a new customer, advisor and Lyon clerk made for this walk.
 * Returns every finding as `<stop>: <finding>`, in the order of `stops`.
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
  const contextOptions = { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', ...options };
  const accounts: WalkAccounts = {};
  const needs = (who: Visitor) => stops.some((s) => s.as === who);
  if (needs('customer') || needs('advisor') || needs('clerk')) {
    const context = await browser.newContext(contextOptions);
    try {
      if (needs('customer')) accounts.customer = await newCustomer(context.request, lang === 'fr' ? 'Camille Walk' : 'Jamie Walk');
      if (needs('advisor')) accounts.advisor = await newStaff(context.request, 'advisor', lang === 'fr' ? 'Inès Walk' : 'Sam Walk');
      if (needs('clerk')) accounts.clerk = await newStaff(context.request, 'clerk', lang === 'fr' ? 'Léa Walk' : 'Alex Walk', 'store-lyon');
    } finally {
      await context.close();
    }
  }
  const visit = async (stop: WalkStop): Promise<string[]> => {
    const context = await browser.newContext(contextOptions);
    try {
      const page = await context.newPage();
      await before?.(page, stop);
      await openStop(page, stop, lang, accounts);
      return (await check(page, stop)).map((f) => `${stopName(stop)}: ${f}`);
    } finally {
      await context.close();
    }
  };
  const found: string[][] = [];
  let next = 0;
  const visitor = async () => {
    while (next < stops.length) {
      const i = next++;
      found[i] = await visit(stops[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STOPS_AT_ONCE, stops.length) }, visitor));
  return found.flat();
}
