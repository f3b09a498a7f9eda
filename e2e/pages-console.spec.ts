import { expect, test, type Page } from '@playwright/test';
import { signIn } from './shop-helpers';
import { newCustomer } from './new-customer';
import { newStaff } from './new-staff';
import { settled } from './settled';

/** Every uncaught error, console error and failed API answer of a page, as lines to read. */
function watch(page: Page, who: string, out: string[]) {
  page.on('pageerror', (e) => out.push(`${who}: uncaught ${String(e).slice(0, 300)}`));
  page.on('console', (m) => m.type() === 'error' && out.push(`${who}: console error ${m.text().slice(0, 300)}`));
  page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && out.push(`${who}: ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`));
}

// The 2D pages run on Preact in the production build (React in dev and unit tests): a walk through
// every page and its main controls, which must leave the console clean.
test('every page of the storefront, account, advisor console and dashboard runs without a console error', async ({ browser }, info) => {
  const problems: string[] = [];
  const customerCtx = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const customer = await customerCtx.newPage();
  watch(customer, 'customer', problems);

  await customer.goto('/');
  await expect(customer.getByTestId('product-card').first()).toBeVisible();
  await customer.getByRole('searchbox').fill('lamp');
  await customer.keyboard.press('Enter');
  await expect(customer.getByTestId('product-card').first()).toBeVisible();
  await customer.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(customer.locator('html')).toHaveAttribute('lang', 'en');
  await customer.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(customer.locator('html')).toHaveAttribute('lang', 'fr');

  await customer.goto('/p/lamp-phare');
  await customer.getByTestId('product-qty').locator('input').fill('2');
  await customer.getByTestId('add-to-cart').click();
  await expect(customer.getByTestId('cart-count')).toHaveText('2');
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line')).toHaveCount(1);

  // Signing in merges the guest cart and switches every stream to the account's cart.
  await customer.goto('/account');
  const account = await newCustomer(customer.request, 'Inès Console');
  await signIn(customer, account.email, account.password);
  await expect(customer.getByRole('heading', { name: /Inès/ }).first()).toBeVisible();
  await expect(customer.getByTestId('cart-count')).not.toHaveText('0');
  await customer.goto('/');
  await customer.getByTestId('ask-advisor').first().click();
  await expect(customer.getByTestId('help-request')).toBeVisible();
  await customer.screenshot({ path: info.outputPath('customer-help.png') });
  // Cancelling the request and emptying the cart work from the page (no request left for the advisor below).
  await customer.getByTestId('help-cancel').click();
  await expect(customer.getByTestId('help-request')).toHaveCount(0);
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line').first()).toBeVisible();
  const remove = customer.getByRole('button', { name: /^Supprimer/ });
  while ((await customer.getByTestId('cart-line').count()) > 0) {
    const lines = await customer.getByTestId('cart-line').count();
    await remove.first().click();
    await expect(customer.getByTestId('cart-line')).toHaveCount(lines - 1);
  }
  await expect(customer.getByTestId('cart-count')).toHaveText('0');

  const advisorCtx = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const advisor = await advisorCtx.newPage();
  watch(advisor, 'advisor', problems);
  const ines = await newStaff(advisorCtx.request, 'advisor', 'Inès Console');
  await advisor.goto('/advisor');
  await signIn(advisor, ines.email, ines.password);
  await expect(advisor.getByTestId('advisor')).toBeVisible();
  await advisor.getByRole('button', { name: /créneaux et rendez-vous|slots and bookings/i }).click();
  await advisor.getByRole('button', { name: /^(événements|events)$/i }).click();
  await settled(advisor);
  await advisor.screenshot({ path: info.outputPath('advisor-events.png') });

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  watch(admin, 'admin', problems);
  await admin.goto('/dashboard');
  await signIn(admin, 'admin@vitrine.demo');
  await expect(admin.getByTestId('dashboard')).toBeVisible();

  expect(problems).toEqual([]);
  await Promise.all([customerCtx.close(), advisorCtx.close(), adminCtx.close()]);
});
