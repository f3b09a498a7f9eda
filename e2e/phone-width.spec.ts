import { expect, test } from '@playwright/test';
import { newStaff } from './new-staff';
import { openStop } from './page-walk';
import { transitionsDone } from './settled';
import { PHONE } from './phone-fit';

test('on a phone, the help panel leaves the store choice and the add-to-cart button free', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // Free slots to book: the panel then lists them all, as tall as it gets.
  const advisor = await newStaff(page.request, 'advisor', 'Inès Phone');
  const ines = (await (await page.request.post('/api/auth/login', { data: { email: advisor.email, password: advisor.password } })).json()) as { token: string };
  const first = Date.now() + 86_400_000;
  const slots = Array.from({ length: 8 }, (_, i) => ({ startsAt: new Date(first + i * 1_800_000).toISOString(), minutes: 30 }));
  expect((await page.request.post('/api/advisor/slots', { headers: { Authorization: `Bearer ${ines.token}` }, data: { slots } })).ok()).toBe(true);
  await openStop(page, { path: '/p/lamp-bulle', ready: '[data-testid="product-page"]' }, 'fr');
  await page.getByRole('button', { name: 'Parler à un conseiller' }).first().click();
  await expect(page.getByTestId('help-panel')).toBeVisible();
  // The panel at its fullest: waiting in line, with the booking offer unfolded.
  await page.getByTestId('help-panel').getByText('Ou prendre rendez-vous avec un conseiller').click();
  // All the free slots it lists (six at most).
  await expect(page.getByTestId('booking-card').getByRole('listitem')).toHaveCount(6);
  await transitionsDone(page);
  const panel = (await page.getByTestId('help-panel').boundingBox())!;
  expect(panel.height, 'the panel takes a third of the screen at most').toBeLessThanOrEqual(PHONE.height * 0.35);
  const radios = await page.getByRole('radio').all();
  const targets = [page.getByLabel('Magasin', { exact: true }), ...radios, page.getByRole('button', { name: 'Ajouter au panier' })];
  // Even the last of them, scrolled as far down as the page goes, stands clear of the panel.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = (await targets.at(-1)!.boundingBox())!;
  expect(last.y + last.height, '"add to cart" can be scrolled above the panel').toBeLessThanOrEqual(panel.y);
  for (const target of targets) {
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const free = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (el === hit || el.contains(hit) || hit.contains(el) || (el.id !== '' && hit.closest(`label[for="${el.id}"]`) !== null));
    });
    expect(free, `${await target.evaluate((el) => el.outerHTML.slice(0, 80))} is not covered`).toBe(true);
  }
  await page.screenshot({ path: test.info().outputPath('help-over-product.png') });
  await context.close();
});
