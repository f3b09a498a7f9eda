import { greet, type MailBody, type MailLocale } from './mail-body';
import { STORE_MAIL_BODIES, type StoreMailData } from './store-mail-bodies';
import { APPOINTMENT_MAIL_BODIES, type AppointmentMailData } from './appointment-mail-bodies';
import { ADDRESS_CHANGE_MAIL_BODIES, type AddressChangeMailData } from './address-change-mail-bodies';
import { HELP_MAIL_BODIES, type HelpMailData } from './help-mail-bodies';

type Locale = MailLocale;

interface AccountMailData {
  'verify-email': { name: string; link: string };
  /** Sent to an address that already has an account when someone signs up with it. */
  'sign-up-attempt': { signInLink: string; resetLink: string };
  'password-reset': { name?: string; link: string };
  'order-confirmation': { name?: string; orderNumber: string; lines: { name: string; qty: number; total: string }[]; total: string; link: string };
}

/** What each template needs; links are absolute URLs built by the server from the public origin. */
export interface MailData extends AccountMailData, AddressChangeMailData, StoreMailData, AppointmentMailData, HelpMailData {}
export type MailTemplate = keyof MailData;
export const MAIL_TEMPLATES = [
  'verify-email', 'sign-up-attempt', 'password-reset', 'order-confirmation',
  'verify-new-email', 'email-change-requested', 'email-changed', 'email-restored', 'email-change-attempt',
  'till-receipt', 'ready-for-pickup', 'booking-confirmed', 'booking-cancelled', 'help-answered',
] as const satisfies readonly MailTemplate[];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = { fr: "L'équipe Vitrine", en: 'The Vitrine team' };

const ACCOUNT_BODIES: { [T in keyof AccountMailData]: (d: AccountMailData[T], l: Locale) => MailBody } = {
  'verify-email': (d, l) => l === 'fr'
    ? {
        subject: 'Confirmez votre adresse e-mail', greeting: `Bonjour ${d.name},`,
        paragraphs: ['Merci de votre inscription chez Vitrine. Confirmez votre adresse pour activer votre compte.', 'Ce lien est valable 24 heures et ne sert qu’une fois.'],
        action: { label: 'Confirmer mon adresse', href: d.link },
        footer: 'Vous n’êtes pas à l’origine de cette inscription ? Ignorez ce message : aucun compte ne sera créé.',
      }
    : {
        subject: 'Confirm your e-mail address', greeting: `Hello ${d.name},`,
        paragraphs: ['Thank you for signing up with Vitrine. Confirm your address to open your account.', 'This link works once and for 24 hours.'],
        action: { label: 'Confirm my address', href: d.link },
        footer: 'Did not sign up? Ignore this message: no account will be created.',
      },
  'sign-up-attempt': (d, l) => l === 'fr'
    ? {
        subject: 'Quelqu’un a voulu créer un compte avec votre adresse', greeting: 'Bonjour,',
        paragraphs: ['Une inscription a été demandée avec votre adresse, qui a déjà un compte Vitrine. Aucun nouveau compte n’a été créé.', `Pour vous connecter : ${d.signInLink}`],
        action: { label: 'Mot de passe oublié ?', href: d.resetLink },
        footer: 'Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte n’a pas changé.',
      }
    : {
        subject: 'Someone tried to sign up with your address', greeting: 'Hello,',
        paragraphs: ['A sign-up was asked for with your address, which already has a Vitrine account. No new account was created.', `To sign in: ${d.signInLink}`],
        action: { label: 'Forgot your password?', href: d.resetLink },
        footer: 'If this was not you, you can ignore this message: your account has not changed.',
      },
  'password-reset': (d, l) => l === 'fr'
    ? {
        subject: 'Choisir un nouveau mot de passe', greeting: d.name ? `Bonjour ${d.name},` : 'Bonjour,',
        paragraphs: ['Vous avez demandé à changer le mot de passe de votre compte Vitrine.', 'Ce lien est valable une heure et ne sert qu’une fois. Une fois le mot de passe changé, vos autres sessions seront déconnectées.'],
        action: { label: 'Choisir un mot de passe', href: d.link },
        footer: 'Vous n’avez rien demandé ? Ignorez ce message : votre mot de passe ne change pas.',
      }
    : {
        subject: 'Choose a new password', greeting: d.name ? `Hello ${d.name},` : 'Hello,',
        paragraphs: ['You asked to change the password of your Vitrine account.', 'This link works once and for one hour. Once the password is changed, your other sessions are signed out.'],
        action: { label: 'Choose a password', href: d.link },
        footer: 'Did not ask for this? Ignore this message: your password stays as it is.',
      },
  'order-confirmation': (d, l) => l === 'fr'
    ? {
        subject: `Commande ${d.orderNumber} confirmée`, greeting: greet(l, d.name),
        paragraphs: [`Nous avons bien reçu votre commande ${d.orderNumber}.`],
        rows: [...d.lines.map((x): [string, string] => [`${x.qty} × ${x.name}`, x.total]), ['Total', d.total]],
        action: { label: 'Voir ma commande', href: d.link },
        footer: 'Merci de votre confiance.',
      }
    : {
        subject: `Order ${d.orderNumber} confirmed`, greeting: greet(l, d.name),
        paragraphs: [`We have received your order ${d.orderNumber}.`],
        rows: [...d.lines.map((x): [string, string] => [`${x.qty} × ${x.name}`, x.total]), ['Total', d.total]],
        action: { label: 'See my order', href: d.link },
        footer: 'Thank you for shopping with us.',
      },
};

const BODIES: { [T in MailTemplate]: (d: MailData[T], l: Locale) => MailBody } = {
  ...ACCOUNT_BODIES, ...ADDRESS_CHANGE_MAIL_BODIES, ...STORE_MAIL_BODIES, ...APPOINTMENT_MAIL_BODIES, ...HELP_MAIL_BODIES,
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function toText(b: MailBody, l: Locale): string {
  return [
    b.greeting, '',
    ...b.paragraphs.flatMap((p) => [p, '']),
    ...(b.rows?.length ? [...b.rows.map(([k, v]) => (v ? `${k}: ${v}` : k)), ''] : []),
    ...(b.after?.length ? [...b.after, ''] : []),
    ...(b.action ? [`${b.action.label}: ${b.action.href}`, ''] : []),
    b.footer, '', `-- ${SIGNATURE[l]}`, '',
  ].join('\n');
}

function toHtml(b: MailBody, l: Locale): string {
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const rows = b.rows?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${b.rows.map(([k, v]) => `<tr><td style="padding:4px 16px 4px 0">${escapeHtml(k)}</td><td style="padding:4px 0;text-align:right">${escapeHtml(v)}</td></tr>`).join('')}</table>`
    : '';
  const image = b.image
    ? `<p style="margin:0 0 16px"><img src="cid:${escapeHtml(b.image.cid)}" alt="${escapeHtml(b.image.alt)}" width="200" height="200" style="display:block"></p>`
    : '';
  const after = b.after?.map(p).join('') ?? '';
  const action = b.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(b.action.href)}" style="background:#1f3a5f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(b.action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#444">${escapeHtml(b.action.href)}</p>`
    : '';
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><title>${escapeHtml(b.subject)}</title></head>`
    + `<body style="font-family:system-ui,sans-serif;color:#1a1a1a;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">`
    + p(b.greeting) + b.paragraphs.map(p).join('') + image + rows + after + action
    + `<p style="margin:24px 0 0;font-size:13px;color:#444">${escapeHtml(b.footer)}</p><p style="margin:8px 0 0;font-size:13px;color:#444">${escapeHtml(SIGNATURE[l])}</p></body></html>`;
}

/**
 * One e-mail in the recipient's language, as plain text and HTML with the same words and links.
 *
 * @example renderMail('password-reset', { link: 'https://shop.example/account/reset#token=…' }, 'fr').subject // 'Choisir un nouveau mot de passe'
 */
export function renderMail<T extends MailTemplate>(template: T, data: MailData[T], language: Locale): RenderedMail {
  const body = (BODIES[template] as (d: MailData[T], l: Locale) => MailBody)(data, language);
  return { subject: body.subject, text: toText(body, language), html: toHtml(body, language) };
}
