import { expect, test } from '@playwright/test';
import { newCustomer } from './new-customer';
import { newStaff } from './new-staff';

test('the link of the "advisor answered" mail opens the product page the customer asked from and rejoins the session there', async ({ page }) => {
  const lina = await newCustomer(page.request, 'Lina');
  const signIn = async (email: string, password: string) =>
    (await (await page.request.post('/api/auth/login', { data: { email, password } })).json()) as { token: string; user: unknown };
  const me = await signIn(lina.email, lina.password);
  const advisor = await newStaff(page.request, 'advisor', 'Inès Rejoin');
  const ines = await signIn(advisor.email, advisor.password);
  const asked = await page.request.post('/api/help/requests', { headers: { Authorization: `Bearer ${me.token}` }, data: { page: '/p/lamp-bulle', productId: 'lamp-bulle' } });
  expect(asked.status()).toBe(201);
  const { id } = (await asked.json()) as { id: string };
  const accepted = await page.request.post(`/api/help/requests/${id}/accept`, { headers: { Authorization: `Bearer ${ines.token}` } });
  expect(accepted.status()).toBe(200);
  const { session } = (await accepted.json()) as { session: { id: string } };

  // Lina's browser, signed in, opens the mail's link (the path the server writes in it).
  await page.goto('/');
  // Once the first visit's guest session is stored, Lina's replaces it.
  await page.waitForFunction(() => !!localStorage.getItem('vitrine.session'));
  await page.evaluate((s) => localStorage.setItem('vitrine.session', JSON.stringify(s)), me);
  await page.goto(`/p/lamp-bulle?session=${encodeURIComponent(session.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/p/lamp-bulle');
  await expect(page.getByTestId('help-panel').getByTestId('session-panel')).toBeVisible({ timeout: 20_000 });
});
