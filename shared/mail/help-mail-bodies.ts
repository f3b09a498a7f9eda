import { greet, type MailBodyOf } from './mail-body';

export interface HelpMailData {
  /** An advisor took the customer's help request after the customer's page had closed. */
  'help-answered': { name?: string; advisor: string; link: string };
}

export const HELP_MAIL_BODIES: { [T in keyof HelpMailData]: MailBodyOf<HelpMailData[T]> } = {
  'help-answered': (d, l) => l === 'fr'
    ? {
        subject: `${d.advisor} a répondu à votre demande d’aide`, greeting: greet(l, d.name),
        paragraphs: [
          `${d.advisor}, conseiller Vitrine, a pris votre demande d’aide et vous attend dans le magasin virtuel.`,
          'Votre page n’était plus ouverte : revenez quand vous voulez, la session reste ouverte tant que vous ne l’avez pas quittée.',
        ],
        action: { label: 'Rejoindre mon conseiller', href: d.link },
        footer: 'Vous n’avez plus besoin d’aide ? Ignorez ce message : votre conseiller clôturera la session.',
      }
    : {
        subject: `${d.advisor} answered your help request`, greeting: greet(l, d.name),
        paragraphs: [
          `${d.advisor}, a Vitrine advisor, took your help request and is waiting for you in the virtual store.`,
          'Your page was no longer open: come back whenever you like, the session stays open until you leave it.',
        ],
        action: { label: 'Join my advisor', href: d.link },
        footer: 'No longer need help? Ignore this message: your advisor will close the session.',
      },
};
