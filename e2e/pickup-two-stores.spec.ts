import { expect, test, type Browser, type Page } from '@playwright/test';
import { emptyCartOf, enterCard, signIn } from './shop-helpers';

/** A clerk's till, signed in, on the pickup desk tab. */
async function deskOf(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' })).newPage();
  await page.goto('/pos');
  await signIn(page, email);
  await expect(page.getByTestId('pos')).toBeVisible();
  await page.getByTestId('pos-tab-desk').click();
  return page;
}

test('click and collect at two stores: each desk prepares and hands over its own part, the customer follows both', async ({ browser }, info) => {
  test.setTimeout(120_000);
  const shop = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const customer = await shop.newPage();

  // Camille picks a clock to collect in Paris and a lamp to collect in Lyon, and pays by card.
  await customer.goto('/account');
  await emptyCartOf(customer, 'camille@vitrine.demo');
  await signIn(customer, 'camille@vitrine.demo');
  await expect(customer.getByTestId('customer-timeline')).toBeVisible();
  for (const [product, store] of [['clock-gare', 'store-paris'], ['lamp-galet', 'store-lyon']] as const) {
    await customer.goto(`/p/${product}`);
    await customer.getByTestId(`fulfilment-${store}`).check();
    await customer.getByTestId('add-to-cart').click();
  }
  await expect(customer.getByTestId('cart-count')).toHaveText('2');
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line')).toHaveCount(2);
  await enterCard(customer);
  await customer.getByTestId('checkout').click();
  await expect(customer.getByTestId('order-confirmation')).toBeVisible();
  const parts = customer.getByTestId('pickup-part');
  await expect(parts).toHaveCount(2);
  const parisCode = (await parts.and(customer.locator('[data-store="store-paris"]')).getByTestId('pickup-part-code').textContent())!.trim();
  const lyonCode = (await parts.and(customer.locator('[data-store="store-lyon"]')).getByTestId('pickup-part-code').textContent())!.trim();
  expect(parisCode).toMatch(/^\d{6}$/);
  expect(lyonCode).toMatch(/^\d{6}$/);
  expect(parisCode).not.toBe(lyonCode);
  await customer.screenshot({ path: info.outputPath('1-confirmation-two-codes.png'), fullPage: true });

  await customer.goto('/account');
  const card = customer.getByTestId('order-card').first();
  await expect(card).toHaveAttribute('data-status', 'placed');
  const orderId = (await card.getAttribute('data-order-id'))!;
  const part = (store: string) => card.locator(`[data-testid="pickup-part"][data-store="${store}"]`);

  // Lyon's desk sees only its part (one line), prepares it and hands it over against Lyon's code.
  const lyon = await deskOf(browser, 'lyon@vitrine.demo');
  const atLyon = lyon.locator(`[data-testid="pickup-card"][data-order-id="${orderId}"]`);
  await expect(atLyon).toHaveAttribute('data-status', 'placed');
  await expect(atLyon.locator('.pickup-card__lines li')).toHaveCount(1);
  await atLyon.getByTestId('desk-ready').click();
  await expect(atLyon).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(part('store-lyon')).toHaveAttribute('data-status', 'ready_for_pickup');

  // Paris's desk: its own part still to prepare; Lyon's code opens nothing there.
  const paris = await deskOf(browser, 'paris@vitrine.demo');
  const atParis = paris.locator(`[data-testid="pickup-card"][data-order-id="${orderId}"]`);
  await expect(atParis).toHaveAttribute('data-status', 'placed');
  await expect(atParis.locator('.pickup-card__lines li')).toHaveCount(1);
  await atParis.getByTestId('desk-ready').click();
  await expect(atParis).toHaveAttribute('data-status', 'ready_for_pickup');
  await atParis.getByTestId('desk-code').fill(lyonCode);
  await atParis.getByTestId('desk-hand-over').click();
  await expect(atParis.getByRole('alert')).toContainText('ne correspond pas');

  await atLyon.getByTestId('desk-code').fill(lyonCode);
  await atLyon.getByTestId('desk-hand-over').click();
  await expect(atLyon).toHaveAttribute('data-status', 'picked_up');
  await lyon.screenshot({ path: info.outputPath('2-lyon-desk-handed-over.png') });

  // The customer's open page follows each part: Lyon collected, Paris ready, the order still ready.
  await expect(part('store-lyon')).toHaveAttribute('data-status', 'picked_up');
  await expect(part('store-paris')).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(part('store-paris').getByTestId('pickup-part-code')).toHaveText(parisCode);
  await expect(card).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(customer.getByTestId('customer-timeline').locator('[data-type="order.pickup_changed"]').first()).toContainText('Lyon', { timeout: 15_000 });
  await customer.screenshot({ path: info.outputPath('3-account-one-part-collected.png'), fullPage: true });

  // Paris hands its part over with its own code: the whole order is collected.
  await atParis.getByTestId('desk-code').fill(parisCode);
  await atParis.getByTestId('desk-hand-over').click();
  await expect(atParis).toHaveAttribute('data-status', 'picked_up');
  await expect(part('store-paris')).toHaveAttribute('data-status', 'picked_up');
  await expect(card).toHaveAttribute('data-status', 'picked_up');
  await shop.close();
});
