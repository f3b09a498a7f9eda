import type { Locale } from '../../../../shared/i18n-text';
import { localize, type TextTable, type Vars } from '../../i18n/translate';

/** Words of the advisor console, in both languages. */
export const ADVISOR_TEXT = {
  title: { fr: 'Console conseiller', en: 'Advisor console' },
  signIn: { fr: 'Connexion conseiller', en: 'Advisor sign-in' },
  notAdvisor: { fr: 'Ce compte n\'est pas un compte conseiller.', en: 'This account is not an advisor account.' },
  tabHelp: { fr: 'File d\'aide', en: 'Help queue' },
  tabBookings: { fr: 'Créneaux et rendez-vous', en: 'Slots and bookings' },
  tabEvents: { fr: 'Événements', en: 'Events' },
  queueEmpty: { fr: 'Personne n\'attend.', en: 'Nobody is waiting.' },
  live: { fr: 'en direct', en: 'live' },
  offline: { fr: 'hors ligne', en: 'offline' },
  waiting: { fr: 'attend depuis {t}', en: 'waiting since {t}' },
  returned: { fr: 'revenu en tête', en: 'back at the head' },
  servedBy: { fr: 'avec {name}', en: 'with {name}' },
  accept: { fr: 'Prendre en charge', en: 'Accept' },
  looking: { fr: 'Regarde : {name}', en: 'Looking at: {name}' },
  cart: { fr: { one: 'Panier : {n} ligne, {total}', other: 'Panier : {n} lignes, {total}' }, en: { one: 'Cart: {n} line, {total}', other: 'Cart: {n} lines, {total}' } },
  noCart: { fr: 'Panier vide', en: 'Empty cart' },
  addedByStaff: { fr: 'Ajouté par {name}', en: 'Added by {name}' },
  from: { fr: 'Depuis {page}', en: 'From {page}' },
  serving: { fr: 'Avec {name}', en: 'With {name}' },
  product: { fr: 'Produit', en: 'Product' },
  spotlight: { fr: 'Mettre en avant', en: 'Spotlight' },
  laserOn: { fr: 'Pointer au laser', en: 'Laser on' },
  laserOff: { fr: 'Éteindre le laser', en: 'Laser off' },
  follow: { fr: 'Suivez-moi', en: 'Follow me' },
  addToCart: { fr: 'Ajouter à son panier', en: 'Add to their cart' },
  release: { fr: 'Rendre à la file', en: 'Hand back to the queue' },
  end: { fr: 'Terminer', en: 'End' },
  theirCart: { fr: 'Son panier (en direct)', en: 'Their cart (live)' },
  publish: { fr: 'Publier des créneaux', en: 'Publish slots' },
  start: { fr: 'Début', en: 'Start' },
  minutes: { fr: 'Minutes', en: 'Minutes' },
  count: { fr: 'Nombre', en: 'How many' },
  mySlots: { fr: 'Mes créneaux', en: 'My slots' },
  myBookings: { fr: 'Mes rendez-vous', en: 'My bookings' },
  join: { fr: 'Rejoindre', en: 'Join' },
  withdraw: { fr: 'Retirer', en: 'Withdraw' },
  cancelBooking: { fr: 'Annuler', en: 'Cancel' },
  newEvent: { fr: 'Nouvel événement', en: 'New event' },
  eventTitle: { fr: 'Titre', en: 'Title' },
  admission: { fr: 'Admission par l\'hôte', en: 'Host admits people' },
  create: { fr: 'Créer', en: 'Create' },
  mySessions: { fr: 'Mes sessions', en: 'My sessions' },
  link: { fr: 'Lien d\'invitation', en: 'Invite link' },
  none: { fr: 'Aucun', en: 'None' },
} as const satisfies TextTable;

export function advisorText(locale: Locale, key: keyof typeof ADVISOR_TEXT, vars?: Vars): string {
  return localize(ADVISOR_TEXT, locale, key, vars);
}
