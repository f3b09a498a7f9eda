import { expect, test, type Page } from '@playwright/test';
import { newStaff } from './new-staff';
import { settled } from './settled';

type RoomProbe = {
  status: string;
  error: string | null;
  kind?: string;
  me: string | null;
  people: { id: string; role: string; name: string }[];
  spotlight: string | null;
  /** Latest head position received for each other person. */
  heads: Record<string, number[]>;
};

/** Reads the live session as the page holds it (`window.__vitrineRoom`, set by the avatars layer). */
function probe(page: Page): Promise<RoomProbe | null> {
  return page.evaluate(() => {
    const r = (window as unknown as { __vitrineRoom?: { store: { getState(): any }; live: { tracks: Map<string, { last: Float32Array }> } } }).__vitrineRoom;
    if (!r) return null;
    const s = r.store.getState();
    const heads: Record<string, [number, number, number]> = {};
    for (const [id, t] of r.live.tracks) heads[id] = [t.last[0] ?? 0, t.last[1] ?? 0, t.last[2] ?? 0];
    return {
      status: s.status,
      error: s.error,
      kind: s.view?.kind,
      me: s.me,
      people: (s.view?.participants ?? []).map((p: any) => ({ id: p.id, role: p.role, name: p.name })),
      spotlight: s.view?.spotlight?.productId ?? null,
      heads,
    };
  });
}

/** Draw calls and instance counts of the avatars group in the store's scene. */
function avatarInstances(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r3f = (window as unknown as { __r3f?: { scene: { getObjectByName(n: string): any } } }).__r3f;
    const group = r3f?.scene.getObjectByName('avatars');
    return group ? Math.max(...group.children.map((c: { count: number }) => c.count)) : -1;
  });
}

async function walk(page: Page, key: string, ms: number) {
  await page.keyboard.down(key);
  await page.waitForTimeout(ms);
  await page.keyboard.up(key);
}

test('a customer asks for help in the store; an advisor accepts, both see each other move, the advisor spotlights and adds to the cart', async ({ browser }, info) => {
  // Two software-rendered WebGL pages at once: slow machines need the room to wait for the first frames.
  test.setTimeout(240_000);
  const customerCtx = await browser.newContext({ viewport: { width: 640, height: 420 }, locale: 'en-GB' });
  const advisorCtx = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-GB' });
  const customer = await customerCtx.newPage();
  const advisor = await advisorCtx.newPage();
  for (const [who, page] of [['customer', customer], ['advisor', advisor]] as const) {
    page.on('console', (m) => m.type() === 'error' && console.log(`[${who}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${who}] ${e.message}\n${e.stack}`));
  }

  // The customer walks into the virtual store: the public showroom of the store.
  await customer.goto('/store');
  await expect(customer.getByTestId('store-page')).toBeVisible();
  await expect.poll(async () => { const p = await probe(customer); return p?.error ?? p?.status; }, { timeout: 90_000 }).toBe('connected');
  expect((await probe(customer))!.kind).toBe('public');
  const c = (await probe(customer))!;
  const customerName = c.people.find((p) => p.id === c.me)!.name;

  // "Ask an advisor" from inside the store.
  await customer.locator('.store-hud').getByTestId('ask-advisor').click();
  await expect(customer.getByTestId('help-request')).toHaveAttribute('data-status', 'waiting');
  await customer.screenshot({ path: info.outputPath('1-customer-waiting.png') });

  // The advisor signs in to the console and sees the request with its context.
  const ines = await newStaff(advisorCtx.request, 'advisor', 'Inès Advisor');
  await advisor.goto('/advisor');
  await advisor.getByLabel(/e-?mail/i).fill(ines.email);
  await advisor.getByLabel(/password|mot de passe/i).fill(ines.password);
  await advisor.getByRole('button', { name: /sign in|connexion|se connecter/i }).click();
  // Only this customer's request: earlier customers (other specs on this server) may still be in the queue.
  const item = advisor.getByTestId('queue-item').filter({ hasText: customerName }).filter({ has: advisor.getByTestId('accept') });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(/the 3D store/);
  // A laptop walking the 3D store is the website's channel, not a headset's.
  await expect(item).not.toContainText('Virtual store');
  await advisor.screenshot({ path: info.outputPath('2-advisor-queue.png') });
  await item.getByTestId('accept').click();
  await expect(advisor.getByTestId('advisor-serving')).toBeVisible();

  // Both end up in the same private help session, two people, one of them the advisor.
  for (const page of [customer, advisor]) {
    await expect.poll(async () => {
      const p = await probe(page);
      return p && p.status === 'connected' && p.kind === 'help' ? p.people.map((x) => x.role).sort().join(',') : null;
    }, { timeout: 90_000 }).toBe('advisor,customer');
  }
  await expect(customer.getByTestId('help-request')).toHaveAttribute('data-status', 'assigned');
  const c0 = (await probe(customer))!;
  const a0 = (await probe(advisor))!;

  // The advisor's view is the customer's store, from its published layout (not the one bundled with the page).
  const storePage = customer.getByTestId('store-page');
  await expect(advisor.getByTestId('advisor-view')).toHaveAttribute('data-store-id', (await storePage.getAttribute('data-store-id'))!);
  await expect(advisor.getByTestId('advisor-view')).toHaveAttribute('data-layout-version', (await storePage.getAttribute('data-layout-version'))!);
  expect(Number(await advisor.getByTestId('advisor-view').getAttribute('data-layout-version')), 'a published version').toBeGreaterThanOrEqual(1);

  // Each sees the other's avatar (drawn as instances) and sees it move.
  await expect.poll(() => avatarInstances(customer), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await expect.poll(() => avatarInstances(advisor), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  const seenByAdvisor = async () => (await probe(advisor))!.heads[c0.me!];
  const seenByCustomer = async () => (await probe(customer))!.heads[a0.me!];
  await expect.poll(seenByAdvisor, { timeout: 10_000 }).toBeTruthy();
  await expect.poll(seenByCustomer, { timeout: 10_000 }).toBeTruthy();
  const before = { customer: await seenByAdvisor(), advisor: await seenByCustomer() };
  await customer.locator('.store-canvas canvas').click({ position: { x: 320, y: 60 } });
  await walk(customer, 'ArrowLeft', 600);
  await walk(customer, 'KeyW', 900);
  await advisor.getByTestId('advisor-view').click({ position: { x: 300, y: 60 } });
  await walk(advisor, 'KeyW', 900);
  const moved = (a: readonly number[] | undefined, b: readonly number[] | undefined) => (a && b ? Math.hypot(a[0]! - b[0]!, a[2]! - b[2]!) : 0);
  await expect.poll(async () => moved(await seenByAdvisor(), before.customer), { timeout: 10_000 }).toBeGreaterThan(0.3);
  await expect.poll(async () => moved(await seenByCustomer(), before.advisor), { timeout: 10_000 }).toBeGreaterThan(0.3);
  await customer.screenshot({ path: info.outputPath('3-customer-sees-advisor.png') });
  await advisor.screenshot({ path: info.outputPath('4-advisor-sees-customer.png') });

  // The advisor spotlights a product for everyone in the session, and adds it to the customer's cart.
  await advisor.getByTestId('advisor-product').selectOption('lamp-bulle');
  await advisor.getByTestId('advisor-spotlight').click();
  await expect.poll(async () => (await probe(customer))!.spotlight).toBe('lamp-bulle');
  await advisor.getByTestId('advisor-laser').click();
  const countBefore = Number(await customer.getByTestId('store-cart-count').textContent());
  await advisor.getByTestId('advisor-add').click();
  await expect(customer.getByTestId('store-cart-count')).toHaveText(String(countBefore + 1), { timeout: 10_000 });
  await expect(advisor.getByTestId('advisor-cart')).toContainText(/Bulle/i);
  // The console shows the line at the shared pricing's unit price, as every other surface (the lamp is on promotion).
  await expect(advisor.getByTestId('advisor-cart').locator('li', { hasText: /Bulle/i }).getByTestId('unit-price')).toHaveAttribute('data-amount', '5865');
  // The advisor offers the delivery choices of the cart page, with the same fees and promised dates.
  await advisor.getByTestId('advisor-cart-line').filter({ hasText: /Bulle/i }).getByTestId('advisor-line-fulfilment').selectOption('pickup:store-bordeaux');
  await expect(advisor.locator('[data-testid="advisor-delivery-group"][data-method="pickup"]')).toContainText(/Bordeaux/);
  await expect(advisor.locator('[data-testid="advisor-delivery-group"][data-method="pickup"]')).toContainText(/Gratuit|Free/);
  // The console speaks English here and the customer's page French: compare the digits.
  const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
  const advisorToPay = digits(await advisor.getByTestId('advisor-delivery-total').textContent());
  await settled(customer);
  await customer.screenshot({ path: info.outputPath('5-customer-spotlight-and-cart.png') });
  await settled(advisor);
  await advisor.screenshot({ path: info.outputPath('6-advisor-spotlight-laser.png') });

  // The customer's cart page shows it (the advisor's line, marked as such).
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line')).toContainText(/Bulle/i);
  await expect(customer.getByTestId('cart-line').filter({ hasText: /Bulle/i }).getByTestId('line-fulfilment')).toHaveValue('pickup:store-bordeaux');
  await expect.poll(async () => digits(await customer.getByTestId('checkout-total').textContent())).toBe(advisorToPay);
  await customer.screenshot({ path: info.outputPath('7-customer-cart.png') });

  // The advisor signs out from the console's bar: back to the sign-in form, the queue gone.
  await advisor.getByRole('button', { name: /sign out|se déconnecter/i }).click();
  await expect(advisor.getByLabel(/e-?mail/i)).toBeVisible();
  await expect(advisor.getByTestId('advisor')).toHaveCount(0);
  await advisor.screenshot({ path: info.outputPath('8-advisor-signed-out.png') });

  await customerCtx.close();
  await advisorCtx.close();
});

test('a help request the queue let go (cancelled elsewhere, or left unattended) says so on the page', async ({ page }) => {
  await page.goto('/p/lamp-bulle');
  await page.waitForFunction(() => !!localStorage.getItem('vitrine.session'));
  await page.getByTestId('ask-advisor').first().click();
  await expect(page.getByTestId('help-request')).toHaveAttribute('data-status', 'waiting');
  // The request ends without this page cancelling it: what the minute sweep does to a request nobody follows.
  const status = await page.evaluate(async () => {
    const { token } = JSON.parse(localStorage.getItem('vitrine.session')!);
    const id = sessionStorage.getItem('vitrine.help-request');
    return (await fetch(`/api/help/requests/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } })).status;
  });
  expect(status).toBe(200);
  await expect(page.getByTestId('help-expired')).toBeVisible();
  await expect(page.getByTestId('help-request')).toHaveCount(0);
  await page.getByTestId('help-expired').getByRole('button').click();
  await expect(page.getByTestId('help-expired')).toHaveCount(0);
});
