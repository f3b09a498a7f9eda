import { expect, test, type Page } from '@playwright/test';
import { linkIn, mailTo } from './outbox-mail';
import { PHONE, overflowing } from './phone-fit';
import { blockingViolations } from './axe-findings';

test.setTimeout(120_000);

const PASSWORD = 'un canapé pour le salon';
const NEW_PASSWORD = 'une lampe bulle au salon';

async function signInOnPage(page: Page, email: string, password: string) {
  await page.goto('/account');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
}

test('"it wasn’t me": the link in the old mailbox takes the address back, then the mailed reset lets its owner sign in again', async ({ page }) => {
  const email = `eva.${Date.now()}@example.com`;
  const next = `eva.new.${Date.now()}@example.com`;
  expect((await page.request.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Eva', language: 'fr' } })).status()).toBe(202);
  const verify = linkIn((await mailTo(page.request, email, 'verify-email')).text).split('#token=')[1];
  expect((await page.request.post('/api/auth/verify-email', { data: { token: verify } })).status()).toBe(200);
  await signInOnPage(page, email, PASSWORD);
  await expect(page.getByRole('heading', { name: 'Bonjour Eva' })).toBeVisible();

  // Someone who knows the password moves the account to their own mailbox and follows its link.
  await page.goto('/account/security');
  const form = page.getByTestId('change-email');
  await form.getByLabel('Nouvelle adresse e-mail').fill(next);
  await form.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await form.getByRole('button', { name: 'Changer d’adresse e-mail' }).click();
  await expect(form.getByRole('status')).toContainText('suivez le lien');
  await page.goto(linkIn((await mailTo(page.request, next, 'verify-new-email')).text));
  await expect(page.getByTestId('email-changed')).toHaveText(/vous restez connecté ici/);
  const intruder = (await (await page.request.post('/api/auth/login', { data: { email: next, password: PASSWORD } })).json()) as { token: string };

  // The owner of the old mailbox follows the link of the "address changed" mail, on a phone.
  const changed = await mailTo(page.request, email, 'email-changed');
  expect(changed.text).toContain('Ce n’était pas vous ?');
  const undo = linkIn(changed.text);
  expect(undo).toMatch(/^\/account\/email-undo#token=/);
  await page.setViewportSize(PHONE);
  await page.goto(undo);
  await expect(page.getByTestId('email-restored')).toContainText('Votre compte utilise de nouveau cette adresse');
  await page.screenshot({ path: 'test-results/email-undo-done.png' });
  expect(await overflowing(page, PHONE.width)).toEqual([]);
  expect(await blockingViolations(page)).toEqual([]);
  const passkeysWith = async (token: string) => (await page.request.get('/api/account/passkeys', { headers: { Authorization: `Bearer ${token}` } })).status();
  expect(await passkeysWith(intruder.token)).toBe(401);
  for (const address of [email, next]) {
    expect((await page.request.post('/api/auth/login', { data: { email: address, password: PASSWORD } })).status()).toBe(401);
  }

  // The link works once.
  await page.goto('/');
  await page.goto(undo);
  await expect(page.getByTestId('link-problem')).toHaveText('Ce lien a déjà servi.');

  // A new password from the mail sent to the restored address, then a fresh sign-in with that address.
  const restored = await mailTo(page.request, email, 'email-restored');
  expect(restored.subject).toBe('Votre adresse e-mail vous est rendue');
  await page.goto(linkIn(restored.text));
  await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByTestId('reset-done')).toBeVisible();
  await page.evaluate(() => localStorage.removeItem('vitrine.session'));
  await signInOnPage(page, email, NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Bonjour Eva' })).toBeVisible();
  expect((await page.request.post('/api/auth/login', { data: { email: next, password: NEW_PASSWORD } })).status()).toBe(401);
});
