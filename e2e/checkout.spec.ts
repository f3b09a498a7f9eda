import { expect, test, type Browser } from '@playwright/test';
import { enterCard, signIn } from './shop-helpers';

const SIZES = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true },
] as const;

async function addToCart(page: import('@playwright/test').Page, productId: string, fulfilment: string, count: number) {
  await page.goto(`/p/${productId}`);
  await page.getByTestId(`fulfilment-${fulfilment}`).check();
  await page.getByTestId('add-to-cart').click();
  await expect(page.getByTestId('cart-count')).toHaveText(String(count));
}

async function lyonDesk(browser: Browser) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'fr-FR' });
  const desk = await ctx.newPage();
  await desk.goto('/pos');
  await signIn(desk, 'lyon@vitrine.demo');
  await desk.getByTestId('pos-tab-desk').click();
  return { ctx, desk };
}

for (const size of SIZES) {
  test(`a guest on a ${size.name} buys one item delivered home, one by express courier and one to collect at another store, and reads one order number everywhere`, async ({ browser }, info) => {
    test.setTimeout(120_000);
    const ctx = await browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile, locale: 'fr-FR' });
    const page = await ctx.newPage();

    await addToCart(page, 'lamp-phare', 'ship', 1);
    await addToCart(page, 'clock-gare', 'ship', 2);
    await addToCart(page, 'vase-bulle-verre', 'store-lyon', 3);
    await page.goto('/cart');
    await page.locator('[data-testid="cart-line"][data-product-id="clock-gare"]').getByTestId('line-fulfilment').selectOption('ship:express');

    // Paying with an empty form points at what is missing; a wrong postcode is said under the field.
    await expect(page.getByTestId('delivery-group')).toHaveCount(3);
    await page.getByTestId('checkout-postcode').fill('7500');
    await page.getByTestId('checkout-postcode').blur();
    await expect(page.getByTestId('checkout-postcode-error')).toHaveText('Un code postal français a 5 chiffres.');
    await page.getByTestId('checkout-postcode').fill('');

    await page.getByTestId('checkout-phone').fill('06 12 34 56 78');
    await enterCard(page);
    // Express comes from the Paris store: the address is in Paris.
    const express = page.locator('[data-testid="delivery-group"][data-method="express"]');
    await expect(express).toHaveAttribute('data-location', 'store-paris');
    await expect(express.getByTestId('delivery-fee')).toHaveText(/19,90\s€/);
    await expect(page.locator('[data-testid="delivery-group"][data-method="standard"]').getByTestId('delivery-fee')).toHaveText(/9,90\s€/);
    await expect(page.locator('[data-testid="delivery-group"][data-method="pickup"]')).toHaveAttribute('data-location', 'store-lyon');
    await expect(page.locator('[data-testid="delivery-group"][data-method="pickup"]').getByTestId('delivery-fee')).toHaveText('Offert');
    await expect(page.getByTestId('checkout-delivery')).toHaveText(/29,80\s€/);
    const toPay = (await page.getByTestId('checkout-total').textContent())!;
    await expect(page.getByTestId('checkout-vat')).toBeVisible();
    await page.screenshot({ path: info.outputPath(`1-${size.name}-cart-checkout.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.viewport.width);

    await page.getByTestId('checkout').click();
    await expect(page.getByTestId('order-confirmation')).toBeVisible();
    const numberText = (await page.getByTestId('order-number').textContent())!;
    const number = /VT-\d{6}/.exec(numberText)?.[0];
    expect(number, numberText).toBeTruthy();
    await expect(page.getByTestId('order-total')).toHaveText(toPay);
    await expect(page.getByTestId('confirmation-group')).toHaveCount(3);
    await expect(page.getByTestId('order-vat')).toBeVisible();
    await expect(page.getByTestId('order-confirmation')).not.toContainText('ord_');
    await page.screenshot({ path: info.outputPath(`2-${size.name}-confirmation.png`), fullPage: true });

    // The account page: the same number and amount.
    await page.goto('/account');
    const card = page.locator('[data-testid="order-card"]').filter({ hasText: number! });
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('order-total')).toHaveText(toPay);
    await page.screenshot({ path: info.outputPath(`3-${size.name}-account.png`), fullPage: true });

    // The Lyon desk: the same number and amount, for the vase it prepares.
    const { ctx: deskCtx, desk } = await lyonDesk(browser);
    const onDesk = desk.locator('[data-testid="pickup-card"]').filter({ hasText: number! });
    await expect(onDesk).toHaveCount(1);
    await expect(onDesk).toContainText(toPay);
    await expect(onDesk).toContainText('Vase en verre Bulle');
    await desk.screenshot({ path: info.outputPath(`4-${size.name}-lyon-desk.png`) });
    await deskCtx.close();
    await ctx.close();
  });
}
