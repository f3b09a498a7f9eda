import { expect, test } from '@playwright/test';
import { openStop } from './page-walk';
import { signIn } from './shop-helpers';
import { newCustomer } from './new-customer';

test('/account opened as the very first page reads the journey once the guest session exists, and again after signing in, without a reload', async ({ page }) => {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/customers/me/timeline') && r.status() === 401) refused.push(r.url());
  });
  await page.goto('/account');
  const timeline = page.getByTestId('customer-timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);
  const customer = await newCustomer(page.request, 'Maël Premier');
  await signIn(page, customer.email, customer.password);
  await expect(page.getByRole('heading', { name: /Maël/ })).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);
  expect(refused, 'the journey is never asked for without a session').toEqual([]);
});

test('/cart opened directly has styled quantity buttons (their styles come with the stepper, not the product page)', async ({ page }) => {
  await openStop(page, { path: '/cart', ready: '[data-testid="cart-page"]' }, 'fr');
  const stepper = page.locator('.stepper').first();
  await expect(stepper).toBeVisible();
  const look = await stepper.evaluate((el) => {
    const s = getComputedStyle(el);
    const b = getComputedStyle(el.querySelector('button')!);
    return { radius: s.borderTopLeftRadius, buttonBorder: b.borderTopStyle, buttonWidth: b.width };
  });
  expect(look).toEqual({ radius: '999px', buttonBorder: 'none', buttonWidth: '34px' });
});
