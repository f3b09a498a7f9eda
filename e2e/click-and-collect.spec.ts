import { expect, test } from '@playwright/test';
import { newCustomer } from './new-customer';
import { newStaff } from './new-staff';
import { availableAt, enterCard, signIn } from './shop-helpers';
import { setStoreStock } from './store-stock';


test('click and collect: web order for pickup in Lyon, prepared and handed over at the desk, stock one lower everywhere', async ({ browser, request }, info) => {
  test.setTimeout(90_000);
  const product = 'vase-bulle-verre';
  // Lyon keeps six vases, whatever earlier specs sold there: enough that one fewer still reads
  // "in stock" rather than "only a few left".
  await setStoreStock(request, 'store-lyon', { [product]: 6 });
  const shop = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const desk = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const customer = await shop.newPage();
  const clerk = await desk.newPage();

  // A Lyon clerk signs in; the shelf count of the vase before anything happens.
  const lyonClerk = await newStaff(request, 'clerk', 'Léa Collect', 'store-lyon');
  await clerk.goto('/pos');
  await signIn(clerk, lyonClerk.email, lyonClerk.password);
  await expect(clerk.getByTestId('pos')).toBeVisible();
  await clerk.getByTestId('pos-tab-stock').click();
  const row = clerk.locator(`[data-testid="stock-row"][data-product="${product}"]`);
  await expect(row.getByTestId('stock-on-hand')).not.toHaveText('');
  const onHandBefore = Number(await row.getByTestId('stock-on-hand').textContent());

  // A guest picks the vase for pickup in Lyon, signs in (the guest cart joins the account's) and pays.
  await customer.goto(`/p/${product}`);
  const before = await availableAt(customer, product, 'store-lyon');
  await customer.getByTestId('fulfilment-store-lyon').check();
  await customer.getByTestId('add-to-cart').click();
  await expect(customer.getByTestId('cart-count')).toHaveText('1');
  const hugo = await newCustomer(customer.request, 'Hugo Bernard');
  await customer.goto('/account');
  await signIn(customer, hugo.email, hugo.password);
  await expect(customer.getByTestId('merge-notice')).toBeVisible();
  await expect(customer.getByTestId('cart-count')).toHaveText('1');
  await customer.screenshot({ path: info.outputPath('1-signed-in-guest-cart-added.png') });
  await customer.goto('/cart');
  await expect(customer.getByTestId('cart-line')).toHaveCount(1);
  await enterCard(customer);
  await customer.getByTestId('checkout').click();
  await expect(customer.getByTestId('order-confirmation')).toBeVisible();
  const code = (await customer.getByTestId('pickup-code').textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);

  // The customer follows the order from their account page.
  await customer.goto('/account');
  const card = customer.getByTestId('order-card').first();
  await expect(card).toHaveAttribute('data-status', 'placed');
  const orderId = (await card.getAttribute('data-order-id'))!;

  // The desk sees the order arrive (live) and prepares it.
  await clerk.getByTestId('pos-tab-desk').click();
  const onDesk = clerk.locator(`[data-testid="pickup-card"][data-order-id="${orderId}"]`);
  await expect(onDesk).toBeVisible();
  await expect(onDesk).toContainText('Hugo Bernard');
  await expect(onDesk).toContainText('Vase en verre Bulle');
  await expect(onDesk).not.toContainText(code);
  await clerk.screenshot({ path: info.outputPath('2-desk-new-order.png') });
  await onDesk.getByTestId('desk-ready').click();
  await expect(onDesk).toHaveAttribute('data-status', 'ready_for_pickup');

  // The customer's open page says so, without a reload, with the code to show; the timeline too.
  await expect(card).toHaveAttribute('data-status', 'ready_for_pickup');
  await expect(card.getByTestId('order-status')).toHaveText('Prête à retirer');
  await expect(card).toContainText(code);
  await expect(customer.getByTestId('customer-timeline').locator('[data-type="order.status_changed"][data-channel="store"]').first()).toContainText('Prête à retirer', { timeout: 15_000 });
  await customer.screenshot({ path: info.outputPath('3-customer-ready-for-pickup.png'), fullPage: true });

  // Hand-over: a wrong code is refused, the customer's code works.
  await onDesk.getByTestId('desk-code').fill('000000');
  await onDesk.getByTestId('desk-hand-over').click();
  await expect(onDesk.getByRole('alert')).toContainText('ne correspond pas');
  await onDesk.getByTestId('desk-code').fill(code);
  await onDesk.getByTestId('desk-hand-over').click();
  await expect(onDesk).toHaveAttribute('data-status', 'picked_up');
  await expect(card).toHaveAttribute('data-status', 'picked_up');
  await clerk.screenshot({ path: info.outputPath('4-desk-handed-over.png') });

  // One vase fewer at Lyon, for every channel: the API, the product page, the store's own stock screen.
  expect(await availableAt(customer, product, 'store-lyon')).toBe(before - 1);
  await customer.goto(`/p/${product}`);
  await expect(customer.getByTestId('fulfilment-store-lyon').locator('xpath=..')).toContainText(`${before - 1} en stock à Lyon`);
  await clerk.getByTestId('pos-tab-stock').click();
  await expect(row.getByTestId('stock-on-hand')).toHaveText(String(onHandBefore - 1));
  await clerk.screenshot({ path: info.outputPath('5-store-stock-one-lower.png') });
  await shop.close();
  await desk.close();
});
