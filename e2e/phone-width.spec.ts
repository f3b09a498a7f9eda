import { expect, test, type Page } from '@playwright/test';
import { EVERY_PAGE_AND_SIGN_IN, openStop, visitEach, type Lang } from './page-walk';

test.setTimeout(300_000);

const PHONE = { width: 360, height: 740 };

/**
 * What sticks out of a `width`-wide screen: the page's own scroll width, and every visible element
 * whose right edge passes the screen's, unless a box that scrolls or clips sideways holds it (a
 * wide table in its own scroller is how a phone shows a table).
 */
function overflowing(page: Page, width: number) {
  return page.evaluate((w) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > w) out.push(`page is ${doc.scrollWidth} px wide`);
    const held = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= w + 0.5) continue;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.display === 'none' || s.position === 'fixed' && r.left >= w) continue;
      if (held(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      out.push(`${name} ends at ${Math.round(r.right)} px ("${(el.textContent ?? '').trim().slice(0, 40)}")`);
    }
    return out.slice(0, 12);
  }, width);
}

/** Chart labels whose text runs into their neighbour's (the dashboard's channel and store names). */
function overlappingLabels(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const chart of document.querySelectorAll('svg')) {
      const boxes = [...chart.querySelectorAll('.ct-label')].map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return { text: (el.textContent ?? '').trim(), r: range.getBoundingClientRect() };
      }).filter((b) => b.text && b.r.width > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`"${boxes[i]!.text}" runs into "${boxes[j]!.text}"`);
        }
      }
    }
    return out.slice(0, 6);
  });
}

for (const lang of ['fr', 'en'] as Lang[]) {
  test(`every page fits a 360 px wide phone in ${lang === 'fr' ? 'French' : 'English'}, signed in and not`, async ({ browser }) => {
    const found = await visitEach(browser, EVERY_PAGE_AND_SIGN_IN, lang, { viewport: PHONE, hasTouch: true, isMobile: true }, async (page, stop) => {
      const found = [...(await overflowing(page, PHONE.width)), ...(await overlappingLabels(page))];
      await page.screenshot({ path: test.info().outputPath(`${lang}${stop.path.replace(/\W+/g, '-')}${stop.email ? '-signed-in' : ''}.png`), fullPage: true });
      return found;
    });
    expect(found).toEqual([]);
  });
}

test('on a phone, the help panel leaves the store choice and the add-to-cart button free', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // Free slots to book: the panel then lists them all, as tall as it gets.
  const ines = (await (await page.request.post('/api/auth/login', { data: { email: 'ines@vitrine.demo', password: 'vitrine' } })).json()) as { token: string };
  const first = Date.now() + 86_400_000;
  const slots = Array.from({ length: 8 }, (_, i) => ({ startsAt: new Date(first + i * 1_800_000).toISOString(), minutes: 30 }));
  expect((await page.request.post('/api/advisor/slots', { headers: { Authorization: `Bearer ${ines.token}` }, data: { slots } })).ok()).toBe(true);
  await openStop(page, { path: '/p/lamp-bulle', ready: '[data-testid="product-page"]' }, 'fr');
  await page.getByRole('button', { name: 'Parler à un conseiller' }).first().click();
  await expect(page.getByTestId('help-panel')).toBeVisible();
  // The panel at its fullest: waiting in line, with the booking offer unfolded.
  await page.getByTestId('help-panel').getByText('Ou prendre rendez-vous avec un conseiller').click();
  await page.waitForTimeout(500);
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
