import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './shop-helpers';

/** A clerk's till, signed in, on the pickup desk tab. */
export async function deskOf(browser: Browser, clerk: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' })).newPage();
  await page.goto('/pos');
  await signIn(page, clerk.email, clerk.password);
  await expect(page.getByTestId('pos')).toBeVisible();
  await page.getByTestId('pos-tab-desk').click();
  return page;
}
