import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Products opened one tab each, as a shopper comparing them would.
const PRODUCTS = ['clock-gare', 'lamp-galet', 'lamp-bulle', 'armchair-loire', 'sofa-oslo-3'];

/** Event streams open on the server (its /metrics), every route together. */
async function openStreams(request: import('@playwright/test').APIRequestContext): Promise<number> {
  const text = await (await request.get('/metrics')).text();
  return text.split('\n')
    .filter((l) => l.startsWith('vitrine_open_event_streams{'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

/** A shopper's browser with one product tab open, from which that product went into the cart. */
async function shopperWithOneAdd(browser: Browser): Promise<{ shopper: BrowserContext; first: Page }> {
  const shopper = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'fr-FR' });
  const first = await shopper.newPage();
  await first.goto(`/p/${PRODUCTS[0]}`);
  await first.getByTestId('fulfilment-ship').check();
  await first.getByTestId('add-to-cart').click();
  await expect(first.getByTestId('cart-count')).toHaveText('1');
  return { shopper, first };
}

test('a shopper with five product tabs open gets every page, and a cart change reaches all of them', async ({ browser, request }, info) => {
  test.setTimeout(180_000);
  const before = await openStreams(request);
  const { shopper, first } = await shopperWithOneAdd(browser);

  // Each tab follows the cart and the catalogue: one stream each per tab would pass the browser's
  // six connections to a site by the fourth tab, which would then never load.
  const tabs = [first];
  for (const id of PRODUCTS.slice(1)) {
    const tab = await shopper.newPage();
    await tab.goto(`/p/${id}`);
    await expect(tab.getByTestId('add-to-cart')).toBeEnabled();
    await expect(tab.getByTestId('cart-count')).toHaveText('1');
    tabs.push(tab);
  }
  expect(await openStreams(request) - before, 'the cart and the catalogue followed once for all the tabs').toBeLessThanOrEqual(2);

  // An add in the last tab shows in every tab.
  const last = tabs[tabs.length - 1]!;
  await last.getByTestId('fulfilment-ship').check();
  await last.getByTestId('add-to-cart').click();
  for (const tab of tabs) await expect(tab.getByTestId('cart-count')).toHaveText('2');
  await first.bringToFront();
  await first.screenshot({ path: info.outputPath('first-tab-after-add-in-last.png') });

  // The tab holding the streams closes: another takes them over and changes still arrive.
  await first.close();
  const rest = tabs.slice(1);
  await rest[0]!.goto('/cart');
  await expect(rest[0]!.getByTestId('cart-line')).toHaveCount(2);
  await rest[0]!.getByTestId('cart-line').first().getByRole('button', { name: /Supprimer|Remove/ }).first().click();
  for (const tab of rest) await expect(tab.getByTestId('cart-count')).toHaveText('1');
  await shopper.close();
});

/** Which browser tab (its Web Locks client id) holds each shared stream of the site, as `page` sees it. */
async function streamHolders(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const { held = [] } = await navigator.locks.query();
    return Object.fromEntries(held.filter((l) => l.name?.startsWith('vitrine-stream:')).map((l) => [l.name!, l.clientId!]));
  });
}

test('a tab frozen in the background hands its streams to another tab, and catches up once it resumes', async ({ browser }) => {
  const { shopper, first } = await shopperWithOneAdd(browser);
  const second = await shopper.newPage();
  await second.goto(`/p/${PRODUCTS[1]}`);
  await expect(second.getByTestId('cart-count')).toHaveText('1');
  const before = await streamHolders(second);
  expect(Object.keys(before).length, 'the cart and the catalogue are shared').toBeGreaterThanOrEqual(2);

  // The browser freezes the first tab, which opened the streams: the second takes them over.
  // Headless Chromium never hides a tab, so it never sends the Page Lifecycle's `freeze` event on
  // its own: the test sends it, as the browser does just before it stops the tab's tasks.
  const lifecycle = await shopper.newCDPSession(first);
  await first.evaluate(() => document.dispatchEvent(new Event('freeze')));
  await lifecycle.send('Page.setWebLifecycleState', { state: 'frozen' });
  await expect.poll(async () => {
    const now = await streamHolders(second);
    return Object.keys(before).every((name) => now[name] && now[name] !== before[name]);
  }, { message: 'every stream held by another tab than the frozen one' }).toBe(true);
  await second.getByTestId('fulfilment-ship').check();
  await second.getByTestId('add-to-cart').click();
  await expect(second.getByTestId('cart-count')).toHaveText('2');

  // Woken, the first tab follows again and shows what changed while it slept.
  await lifecycle.send('Page.setWebLifecycleState', { state: 'active' });
  await first.evaluate(() => document.dispatchEvent(new Event('resume')));
  await expect(first.getByTestId('cart-count')).toHaveText('2');
  await second.getByTestId('fulfilment-ship').check();
  await second.getByTestId('add-to-cart').click();
  await expect(first.getByTestId('cart-count')).toHaveText('3');
  await shopper.close();
});
