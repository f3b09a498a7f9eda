import { greet, type MailBodyOf } from './mail-body';

export interface AppointmentMailData {
  /** A consultation booked with an advisor; the mail carries the calendar invitation. */
  'booking-confirmed': { name?: string; advisor: string; when: string; minutes: number; product?: string; joinLink: string; manageLink: string };
  /** The same consultation called off; the mail carries the calendar cancellation. */
  'booking-cancelled': { name?: string; advisor: string; when: string; by: 'customer' | 'advisor' | 'staff'; bookLink: string };
}

export const APPOINTMENT_MAIL_BODIES: { [T in keyof AppointmentMailData]: MailBodyOf<AppointmentMailData[T]> } = {
  'booking-confirmed': (d, l) => l === 'fr'
    ? {
        subject: `Rendez-vous confirmé avec ${d.advisor}`, greeting: greet(l, d.name),
        paragraphs: [
          `Votre rendez-vous conseil avec ${d.advisor} est confirmé : ${d.when} (heure de Paris), ${d.minutes} minutes${d.product ? `, au sujet de ${d.product}` : ''}.`,
          'Le rendez-vous se tient dans le magasin virtuel : ouvrez le lien quelques minutes avant. L’invitation jointe l’ajoute à votre agenda.',
        ],
        action: { label: 'Rejoindre le rendez-vous', href: d.joinLink },
        after: [`Pour l’annuler : ${d.manageLink}`],
        footer: 'Un empêchement ? Annulez depuis votre compte : le créneau sera proposé à un autre client.',
      }
    : {
        subject: `Appointment confirmed with ${d.advisor}`, greeting: greet(l, d.name),
        paragraphs: [
          `Your advice appointment with ${d.advisor} is confirmed: ${d.when} (Paris time), ${d.minutes} minutes${d.product ? `, about ${d.product}` : ''}.`,
          'It takes place in the virtual store: open the link a few minutes before. The attached invitation adds it to your calendar.',
        ],
        action: { label: 'Join the appointment', href: d.joinLink },
        after: [`To cancel it: ${d.manageLink}`],
        footer: 'Cannot make it? Cancel from your account so another customer can have the time.',
      },
  'booking-cancelled': (d, l) => l === 'fr'
    ? {
        subject: `Rendez-vous du ${d.when} annulé`, greeting: greet(l, d.name),
        paragraphs: [
          d.by === 'customer'
            ? `Votre rendez-vous avec ${d.advisor} du ${d.when} est bien annulé.`
            : `Nous sommes désolés : ${d.advisor} ne peut pas assurer votre rendez-vous du ${d.when}, qui est annulé.`,
          'L’invitation jointe le retire de votre agenda.',
        ],
        action: { label: 'Choisir un autre créneau', href: d.bookLink },
        footer: 'Nos conseillers restent disponibles sur le site et en magasin.',
      }
    : {
        subject: `Appointment on ${d.when} cancelled`, greeting: greet(l, d.name),
        paragraphs: [
          d.by === 'customer'
            ? `Your appointment with ${d.advisor} on ${d.when} is cancelled.`
            : `We are sorry: ${d.advisor} cannot hold your appointment on ${d.when}, which is cancelled.`,
          'The attached update removes it from your calendar.',
        ],
        action: { label: 'Choose another time', href: d.bookLink },
        footer: 'Our advisors are still available on the site and in our stores.',
      },
};
