import type { Page } from '@playwright/test';
import type { Lang } from './page-walk';

/** Words that only the other language uses: one of them on a page means a text was not translated. */
const FOREIGN: Record<Lang, RegExp[]> = {
  // On a French page: English words and phrases (brand names and loanwords such as "Showroom" are fine).
  fr: [/\bthe\b/i, /\bAdd to cart\b/i, /\bSign (in|out)\b/i, /\bHelp\b/i, /\bGuest\b/i, /\borders?\b/i, /\byour\b/i, /\band\b/, /\bwith\b/, /\bLoading\b/i, /\bSearch\b/i, /\bCart\b/, /\bjoined\b/i, /\bSomething went wrong\b/i, /\bTry again\b/i, /\bno such\b/i, /\bEnd\b/],
  // On an English page: French words that no English sentence uses.
  en: [/\bPanier\b/i, /\bAjout(er|é)\b/i, /\ble\b/, /\bla\b/, /\bles\b/, /\bdes\b/, /\bdu\b/, /\bet\b/, /\bavec\b/, /\bvotre\b/i, /\bvous\b/i, /\bCommandes?\b/i, /\bConnexion\b/i, /\bSe connecter\b/i, /\bChargement\b/i, /\bRechercher\b/i, /\bMagasin\b/i, /\bLivraison\b/i, /\bRetrait\b/i, /\bInvité\b/i, /\bTerminer\b/i, /\bUne erreur\b/i],
};

/** A message key (`product.add`) or a raw event name (`room.joined`) shown as text. */
const RAW_KEY = /\b[a-z]+\.[a-z][a-zA-Z_]+\b/g;
/** Ids meant for machines: order and guest ids, UUIDs. */
const RAW_ID = /\bord_[\w-]+|\bg_[\w-]+|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/**
 * Everything a person can read or hear on the page: the visible text, and the labels, placeholders
 * and titles that screen readers and tooltips say.
 */
export async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // innerText, not textContent: what is shown, without scripts, styles or hidden elements.
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point here.
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title],img[alt]')) {
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

/**
 * What on the page is not in `lang`: foreign words (with the line they are on), raw keys, raw ids.
 * `known` are texts that are data, not translations (store addresses, e-mails): they are left out.
 */
export function untranslated(text: string, lang: Lang, known: readonly string[] = []): string[] {
  let t = text;
  for (const k of known) if (k) t = t.split(k).join(' ');
  // Addresses of things, not words: e-mails, links, file names.
  t = t.replace(/\S+@\S+/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\b[\w-]+\.(glb|usdz|png|jpe?g|webp|csv|json|zip)\b/g, ' ');
  const found: string[] = [];
  for (const line of t.split('\n')) {
    for (const re of FOREIGN[lang]) if (re.test(line)) found.push(`${re.source} in "${line.trim().slice(0, 120)}"`);
    for (const m of line.matchAll(RAW_KEY)) found.push(`raw key ${m[0]} in "${line.trim().slice(0, 120)}"`);
    for (const m of line.matchAll(RAW_ID)) found.push(`raw id ${m[0]} in "${line.trim().slice(0, 120)}"`);
  }
  return found;
}

/** Texts that are data rather than words of the app: store names and addresses. */
export async function knownData(page: Page): Promise<string[]> {
  const r = await page.request.get('/api/locations');
  const { items } = (await r.json()) as { items: { name: string; address: string }[] };
  return items.flatMap((l) => [l.address, l.name]).sort((a, b) => b.length - a.length);
}
