import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, type ImpactTally } from './axe-findings';
import { EVERY_PAGE_AND_SIGN_IN, visitEach, type Lang, type WalkStop } from './page-walk';
import { overflowing, overlappingLabels, PHONE } from './phone-fit';
import { knownData, readableText, untranslated } from './untranslated-text';

test.setTimeout(300_000);

/**
 * A guest who looked at a lamp, walked into the 3D store and asked for help from there: the
 * advisor's queue then lists who they are, where they asked from and their recent steps.
 */
async function guestAsksForHelp(page: Page) {
  const { token } = (await (await page.request.post('/api/auth/guest')).json()) as { token: string };
  const h = { Authorization: `Bearer ${token}` };
  await page.request.put('/api/customers/me/consent', { headers: h, data: { analytics: true } });
  await page.request.post('/api/events', { headers: h, data: { type: 'product.viewed', data: { productId: 'lamp-bulle' } } });
  const r = await page.request.post('/api/help/requests', { headers: h, data: { page: '/store', productId: 'lamp-bulle' } });
  expect(r.ok()).toBe(true);
}

/** Brings the staff screens to the state with the most words on them: a queue, a refusal. */
async function fillScreen(page: Page, stop: WalkStop) {
  if (stop.path === '/advisor' && stop.as === 'advisor') await expect(page.getByTestId('queue-item').first()).toBeVisible();
  if (stop.path === '/pos' && stop.as === 'clerk') {
    // A code nobody showed: the clerk reads why in their language, not the server's words.
    await page.getByTestId('till-code').fill('ZZZZZZ');
    await page.getByTestId('till-open').click();
    await expect(page.getByRole('alert').first()).toBeVisible();
  }
}

type Check = 'fits a 360 px phone' | 'reads in one language' | 'passes axe-core';

/**
 * One walk through every page, customer and staff, signed in or not, per language and screen,
 * with the checks that screen calls for: axe-core's serious and critical WCAG 2.1 A/AA violations
 * (once on a laptop, once on a phone), nothing sticking out of a 360 px phone, and no foreign word,
 * raw key or raw id in either language.
 */
const WALKS: { lang: Lang; screen: 'phone' | 'laptop'; checks: Check[] }[] = [
  { lang: 'fr', screen: 'phone', checks: ['fits a 360 px phone', 'reads in one language'] },
  { lang: 'en', screen: 'phone', checks: ['fits a 360 px phone', 'reads in one language', 'passes axe-core'] },
  { lang: 'fr', screen: 'laptop', checks: ['reads in one language', 'passes axe-core'] },
  { lang: 'en', screen: 'laptop', checks: ['reads in one language'] },
];

for (const { lang, screen, checks } of WALKS) {
  test(`every page in ${lang === 'fr' ? 'French' : 'English'} on a ${screen}: ${checks.join(', ')}`, async ({ browser }, info) => {
    // Store names and addresses: data, not words of the app; read once for the walk.
    let known: string[] | undefined;
    const tally: ImpactTally = { critical: 0, serious: 0, moderate: 0, minor: 0 };
    let audited = 0;
    const options = screen === 'phone' ? { viewport: PHONE, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 800 } };
    const found = await visitEach(
      browser,
      EVERY_PAGE_AND_SIGN_IN,
      lang,
      options,
      async (page, stop) => {
        await fillScreen(page, stop);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const out: string[] = [];
        if (checks.includes('reads in one language')) {
          known ??= await knownData(page);
          out.push(...untranslated(await readableText(page), lang, known));
        }
        if (checks.includes('fits a 360 px phone')) out.push(...(await overflowing(page, PHONE.width)), ...(await overlappingLabels(page)));
        if (checks.includes('passes axe-core')) {
          out.push(...(await blockingViolations(page, undefined, tally)));
          audited++;
        }
        if (screen === 'phone' || out.length > 0) {
          const name = `${lang}-${screen}${stop.path.replace(/\W+/g, '-')}${stop.as ? `-${stop.as}` : ''}${stop.banner ? '-banner' : ''}.png`;
          await page.screenshot({ path: info.outputPath(name), fullPage: screen === 'phone' });
        }
        return out;
      },
      async (page, stop) => {
        if (stop.path === '/advisor') await guestAsksForHelp(page);
      },
    );
    if (audited > 0) {
      const line = `axe-core, ${lang} ${screen}: ${audited} pages, violations by impact ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(', ')}`;
      info.annotations.push({ type: 'axe-core', description: line });
      console.log(line);
    }
    expect(found).toEqual([]);
  });
}
