import type { LOCALES } from '../i18n-locales';

export type MailLocale = (typeof LOCALES)[number];

/** A mail as paragraphs and at most one button; rendered once as text and once as HTML. */
export interface MailBody {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** An inline picture (a pickup QR code) sent as a `cid:` attachment; the text version says the same in words. */
  image?: { cid: string; alt: string };
  action?: { label: string; href: string };
  /** Rows of a table (an order's lines), as [label, value]. */
  rows?: [string, string][];
  /** Paragraphs after the table (what happens next). */
  after?: string[];
  footer: string;
}

/** How a template turns its data into words in one language. */
export type MailBodyOf<D> = (d: D, l: MailLocale) => MailBody;

/** `Bonjour Zoé,` / `Hello,`: the greeting every mail opens with. */
export function greet(l: MailLocale, name?: string): string {
  if (l === 'fr') return name ? `Bonjour ${name},` : 'Bonjour,';
  return name ? `Hello ${name},` : 'Hello,';
}
