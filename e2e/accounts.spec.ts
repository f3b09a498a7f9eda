import { expect, test, type Page } from '@playwright/test';
import { linkIn, mailTo } from './outbox-mail';

test.setTimeout(120_000);

const PASSWORD = 'un canapé pour le salon';

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey that always says yes. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

test('sign up, verify from the outbox mail, add a passkey, sign out and sign back in with it', async ({ page }) => {
  const email = `zoe.${Date.now()}@example.com`;
  const { cdp, authenticatorId } = await virtualAuthenticator(page);

  await page.goto('/account');
  await page.getByTestId('to-sign-up').click();
  await expect(page.getByTestId('sign-up-page')).toBeVisible();
  // A weak password is refused under its field, and nothing is sent.
  await page.getByLabel('Nom').fill('Zoé Martin');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('court');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('Trop court : au moins 10 caractères.')).toBeVisible();
  await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByTestId('check-mail')).toBeVisible();
  await page.screenshot({ path: 'test-results/accounts-check-mail.png' });

  const mail = await mailTo(page.request, email, 'verify-email');
  expect(mail.subject).toBe('Confirmez votre adresse e-mail');
  await page.goto(linkIn(mail.text));
  await expect(page.getByTestId('verified')).toBeVisible();
  // The secret left the address bar.
  expect(page.url()).not.toContain('token=');

  await page.goto('/account/security');
  await expect(page.getByTestId('security-page')).toBeVisible();
  await page.getByTestId('add-passkey').click();
  await expect(page.getByTestId('passkey-item')).toHaveCount(1);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  await page.screenshot({ path: 'test-results/accounts-security.png', fullPage: true });

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.goto('/account');
  await expect(page.getByTestId('passkey-sign-in')).toBeVisible();
  await page.getByTestId('passkey-sign-in').click();
  await expect(page.getByRole('heading', { name: 'Bonjour Zoé Martin' })).toBeVisible();
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('vitrine.session') ?? '{}') as { user?: { guest?: boolean; name?: string } });
  expect(session.user).toMatchObject({ name: 'Zoé Martin' });
  expect(session.user?.guest).toBeUndefined();
});

test('a session handed over by a QR link signs in again before adding or removing a passkey, its address filled in', async ({ page }) => {
  const email = `ines.${Date.now()}@example.com`;
  expect((await page.request.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Inès', language: 'fr' } })).status()).toBe(202);
  const verify = linkIn((await mailTo(page.request, email, 'verify-email')).text).split('#token=')[1];
  const desktop = (await (await page.request.post('/api/auth/verify-email', { data: { token: verify } })).json()) as { token: string };
  const link = (await (await page.request.post('/api/auth/device-link', { data: { path: '/account/security' }, headers: { Authorization: `Bearer ${desktop.token}` } })).json()) as { code: string };
  await virtualAuthenticator(page);

  // The phone opens the link: the same account, but nobody typed anything on it.
  await page.goto(`/account/security?link=${link.code}`);
  await expect(page.getByTestId('passkeys')).toBeVisible();
  await page.getByTestId('add-passkey').click();
  const again = page.getByTestId('recent-sign-in');
  await expect(again.getByText('Pour ajouter ou retirer une clé d’accès, reconnectez-vous : cela demande une connexion de moins de 10 minutes.')).toBeVisible();
  await expect(page.getByTestId('passkey-item')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/accounts-sign-in-again.png', fullPage: true });

  // Only the password is asked: the account's address is already there.
  await expect(again.getByLabel('E-mail', { exact: true })).toHaveValue(email);
  await again.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await again.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('signed-in-again')).toBeVisible();
  await expect(page.getByTestId('security-page')).toBeVisible();
  await page.getByTestId('add-passkey').click();
  await expect(page.getByTestId('passkey-item')).toHaveCount(1);

  // A second handed-over session cannot remove it either until it signs in again.
  const second = (await (await page.request.post('/api/auth/device-link', { data: { path: '/account/security' }, headers: { Authorization: `Bearer ${desktop.token}` } })).json()) as { code: string };
  await page.goto(`/account/security?link=${second.code}`);
  await expect(page.getByTestId('passkey-item')).toHaveCount(1);
  await page.getByTestId('passkey-item').getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByTestId('recent-sign-in')).toBeVisible();
  await expect(page.getByTestId('passkey-item')).toHaveCount(1);
  await page.getByTestId('recent-sign-in').getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByTestId('recent-sign-in').getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('signed-in-again')).toBeVisible();
  await page.getByTestId('passkey-item').getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByText('Clé d’accès retirée.')).toBeVisible();
  await expect(page.getByTestId('passkey-item')).toHaveCount(0);
});

test('reset a forgotten password from the mail; the link works once', async ({ page }) => {
  const email = `lou.${Date.now()}@example.com`;
  expect((await page.request.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Lou', language: 'fr' } })).status()).toBe(202);
  const token = linkIn((await mailTo(page.request, email, 'verify-email')).text).split('#token=')[1];
  expect((await page.request.post('/api/auth/verify-email', { data: { token } })).status()).toBe(200);

  await page.goto('/account');
  await page.getByTestId('to-forgot').click();
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Envoyer le lien' }).click();
  await expect(page.getByTestId('check-mail')).toBeVisible();
  const mail = await mailTo(page.request, email, 'password-reset');
  const link = linkIn(mail.text);
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').fill('Lou préfère une longue phrase');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByTestId('reset-done')).toBeVisible();
  await page.screenshot({ path: 'test-results/accounts-reset-done.png' });
  expect((await page.request.post('/api/auth/login', { data: { email, password: 'Lou préfère une longue phrase' } })).status()).toBe(200);
  expect((await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } })).status()).toBe(401);
  // Following the same link again (a fresh page load) says it was used, and offers a new one.
  await page.goto('/');
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe').fill('encore une autre phrase');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByTestId('link-problem')).toHaveText('Ce lien a déjà servi.');
});

test('change the e-mail address from account security; the link in the new mailbox makes the change, once', async ({ page }) => {
  const email = `noa.${Date.now()}@example.com`;
  const next = `noa.new.${Date.now()}@example.com`;
  expect((await page.request.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Noa', language: 'fr' } })).status()).toBe(202);
  const verify = linkIn((await mailTo(page.request, email, 'verify-email')).text).split('#token=')[1];
  expect((await page.request.post('/api/auth/verify-email', { data: { token: verify } })).status()).toBe(200);
  await page.goto('/account');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await expect(page.getByRole('heading', { name: 'Bonjour Noa' })).toBeVisible();
  // The same account signed in on another device.
  const elsewhere = (await (await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } })).json()) as { token: string };
  const passkeysWith = async (token: string) => (await page.request.get('/api/account/passkeys', { headers: { Authorization: `Bearer ${token}` } })).status();
  expect(await passkeysWith(elsewhere.token)).toBe(200);

  await page.goto('/account/security');
  const form = page.getByTestId('change-email');
  await form.getByLabel('Nouvelle adresse e-mail').fill(next);
  await form.getByLabel('Mot de passe actuel').fill('pas le bon mot de passe');
  await form.getByRole('button', { name: 'Changer d’adresse e-mail' }).click();
  await expect(form.getByText('Le mot de passe actuel est incorrect.')).toBeVisible();
  await form.getByLabel('Mot de passe actuel').fill(PASSWORD);
  await form.getByRole('button', { name: 'Changer d’adresse e-mail' }).click();
  await expect(form.getByRole('status')).toContainText('suivez le lien');
  expect((await mailTo(page.request, email, 'email-change-requested')).subject).toBe('Changement d’adresse e-mail demandé');
  const link = linkIn((await mailTo(page.request, next, 'verify-new-email')).text);
  await page.goto(link);
  // Followed here, signed in: this page stays signed in, every other session of the account is signed out.
  await expect(page.getByTestId('email-changed')).toHaveText(/vous restez connecté ici/);
  expect(await passkeysWith(elsewhere.token)).toBe(401);
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Bonjour Noa' })).toBeVisible();
  expect((await mailTo(page.request, email, 'email-changed')).subject).toBe('Votre adresse e-mail a été changée');
  expect((await page.request.post('/api/auth/login', { data: { email: next, password: PASSWORD } })).status()).toBe(200);
  expect((await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } })).status()).toBe(401);
  await page.goto('/');
  await page.goto(link);
  await expect(page.getByTestId('link-problem')).toHaveText('Ce lien a déjà servi.');
});

test('a customer who signed up elsewhere follows the verification link in a browser without a session: signed in, not a guest', async ({ page }) => {
  const email = `sam.${Date.now()}@example.com`;
  expect((await page.request.post('/api/auth/sign-up', { data: { email, password: PASSWORD, name: 'Sam', language: 'fr' } })).status()).toBe(202);
  const link = linkIn((await mailTo(page.request, email, 'verify-email')).text);
  // The guest session a first visit opens answers after the link's own sign-in: it must not replace it.
  const verified = page.waitForResponse((r) => r.url().endsWith('/api/auth/verify-email'));
  let guestAnswered: () => void = () => undefined;
  const guestDone = new Promise<void>((resolve) => {
    guestAnswered = resolve;
  });
  await page.route('**/api/auth/guest', async (route) => {
    await verified;
    await route.fulfill({ response: await route.fetch() });
    guestAnswered();
  });
  await page.goto(link);
  await expect(page.getByTestId('verified')).toHaveText('Votre adresse est confirmée et vous êtes connecté.');
  await guestDone;
  await page.unrouteAll({ behavior: 'wait' });
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Bonjour Sam' })).toBeVisible();
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('vitrine.session') ?? '{}') as { user?: { guest?: boolean; name?: string } });
  expect(session.user).toMatchObject({ name: 'Sam' });
  expect(session.user?.guest).toBeUndefined();
});
