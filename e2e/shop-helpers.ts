import { expect, type Page } from '@playwright/test';

/** Signs a seeded account in through the page's French sign-in form (every demo password is `vitrine`). */
export async function signIn(page: Page, email: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill('vitrine');
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
}

/** What the public API says is available of a product at a location, read from inside the page. */
export const availableAt = (page: Page, productId: string, locationId: string) =>
  page.evaluate(async ([p, l]) => {
    const r = await (await fetch(`/api/products/${p}/availability`)).json();
    return r.items.find((i: { locationId: string }) => i.locationId === l).available as number;
  }, [productId, locationId] as const);

/** Types a test card into the payment provider's card field on /cart (the app itself never sees the number). */
export async function enterCard(page: Page, card = '4242 4242 4242 4242'): Promise<void> {
  const field = page.frameLocator('[data-testid="card-frame"]');
  await field.locator('#number').fill(card);
  await field.locator('button[type="submit"]').click();
  await expect(page.getByTestId('card-ready')).toBeVisible();
}
