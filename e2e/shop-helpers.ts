import { expect, type Page } from '@playwright/test';

/** Signs an account in through the page's French sign-in form (every demo password is `vitrine`). */
export async function signIn(page: Page, email: string, password = 'vitrine') {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
}

/** What the public API says is available of a product at a location, read from inside the page. */
export const availableAt = (page: Page, productId: string, locationId: string) =>
  page.evaluate(async ([p, l]) => {
    const r = await (await fetch(`/api/products/${p}/availability`)).json();
    return r.items.find((i: { locationId: string }) => i.locationId === l).available as number;
  }, [productId, locationId] as const);

/** A delivery address in Paris, the Paris store's city (so the express courier can come). */
export const PARIS_ADDRESS = { name: 'Camille Martin', line1: '12 rue de Turenne', postcode: '75004', city: 'Paris' };

/** Fills the checkout's contact and, when lines ship, its address (fields left as they are when already filled). */
export async function fillCheckout(page: Page, email = 'client@example.org', address = PARIS_ADDRESS): Promise<void> {
  const fill = async (testId: string, value: string) => {
    const input = page.getByTestId(testId);
    if ((await input.count()) && !(await input.inputValue())) await input.fill(value);
  };
  await fill('checkout-email', email);
  await fill('checkout-name', address.name);
  await fill('checkout-line1', address.line1);
  await fill('checkout-postcode', address.postcode);
  await fill('checkout-city', address.city);
}

/**
 * Fills the checkout (contact, address when lines ship) and types a test card into the payment
 * provider's card field on /cart (the app itself never sees the number).
 */
export async function enterCard(page: Page, card = '4242 4242 4242 4242'): Promise<void> {
  await expect(page.getByTestId('checkout-email')).toBeVisible();
  await fillCheckout(page);
  // The delivery quote for what was just filled in moves the summary when it arrives: the card is
  // entered once the page has stopped moving under it.
  await expect(page.locator('[aria-labelledby="checkout-delivery"]')).toHaveAttribute('aria-busy', 'false');
  const field = page.frameLocator('[data-testid="card-frame"]');
  await field.locator('#number').fill(card);
  // The provider's page empties the field once it has answered: a click that did not reach it
  // (the number still there, no token) is made again, never one after an answer.
  await expect(async () => {
    if ((await field.locator('#number').inputValue()) !== '') await field.locator('button[type="submit"]').click();
    await expect(page.getByTestId('card-ready')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 15_000 });
}
