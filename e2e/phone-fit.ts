import type { Page } from '@playwright/test';

/** A phone screen of the narrowest size the shop is made for. */
export const PHONE = { width: 360, height: 740 };

/**
 * What sticks out of a `width`-wide screen: the page's own scroll width, and every visible element
 * whose right edge passes the screen's, unless a box that scrolls or clips sideways holds it (a
 * wide table in its own scroller is how a phone shows a table).
 */
export function overflowing(page: Page, width: number) {
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
export function overlappingLabels(page: Page) {
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
