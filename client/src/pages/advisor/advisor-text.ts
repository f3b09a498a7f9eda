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
  was: { fr: 'Au lieu de {price}', en: 'Was {price}' },
  from: { fr: 'Depuis {page}', en: 'From {page}' },
  serving: { fr: 'Avec {name}', en: 'With {name}' },
  product: { fr: 'Produit', en: 'Product' },
  spotlight: { fr: 'Mettre en avant', en: 'Spotlight' },
  laserOn: { fr: 'Pointer au laser', en: 'Laser on' },
  laserOff: { fr: 'Éteindre le laser', en: 'Laser off' },
  follow: { fr: 'Suivez-moi', en: 'Follow me' },
  addToCart: { fr: 'Ajouter à son panier', en: 'Add to their cart' },
  release: { fr: 'Rendre à la file', en: 'Hand back to the queue' },
  // Ending help is said the same way as on the customer's side (room-text `endHelp`).
  end: { fr: 'Terminer l’aide', en: 'End help' },
  theirCart: { fr: 'Son panier (en direct)', en: 'Their cart (live)' },
  totalWithDelivery: { fr: 'Total avec livraison :', en: 'Total with delivery:' },
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
  kind_help: { fr: 'aide', en: 'help' },
  kind_consultation: { fr: 'rendez-vous', en: 'consultation' },
  kind_event: { fr: 'événement', en: 'event' },
  kind_friends: { fr: 'entre amis', en: 'with friends' },
  session_open: { fr: 'ouverte', en: 'open' },
  session_ended: { fr: 'terminée', en: 'ended' },
  slot_free: { fr: 'libre', en: 'free' },
  slot_booked: { fr: 'réservé', en: 'booked' },
  slot_withdrawn: { fr: 'retiré', en: 'withdrawn' },
  booking_booked: { fr: 'confirmé', en: 'booked' },
  booking_cancelled: { fr: 'annulé', en: 'cancelled' },
  // The customer's recent steps, as the queue lists them (the kinds of events, without their details).
  'step_product.viewed': { fr: 'produit regardé', en: 'viewed a product' },
  'step_product.viewed_in_ar': { fr: 'produit vu chez soi (AR)', en: 'saw a product at home (AR)' },
  'step_cart.created': { fr: 'panier ouvert', en: 'opened a cart' },
  'step_cart.changed': { fr: 'panier modifié', en: 'changed the cart' },
  'step_cart.merged': { fr: 'panier invité repris', en: 'guest cart kept' },
  'step_room.joined': { fr: 'entré dans le magasin virtuel', en: 'entered the virtual store' },
  'step_help.requested': { fr: 'aide demandée', en: 'asked for help' },
  'step_session.started': { fr: 'première visite', en: 'first visit' },
  'step_session.signed_in': { fr: 'connexion', en: 'signed in' },
  'step_order.placed': { fr: 'commande passée', en: 'placed an order' },
  step_other: { fr: 'autre étape', en: 'other step' },
  // Where the customer asked from (the page's path is not for people).
  page_home: { fr: 'l’accueil', en: 'the home page' },
  page_product: { fr: 'la fiche {name}', en: 'the {name} page' },
  page_store: { fr: 'le magasin 3D', en: 'the 3D store' },
  page_cart: { fr: 'le panier', en: 'the cart' },
  page_account: { fr: 'son compte', en: 'their account' },
  page_other: { fr: 'le site', en: 'the website' },
} as const satisfies TextTable;

export type AdvisorTextKey = keyof typeof ADVISOR_TEXT;

export function advisorText(locale: Locale, key: AdvisorTextKey, vars?: Vars): string {
  return localize(ADVISOR_TEXT, locale, key, vars);
}

/**
 * The page a customer asked from, as the advisor reads it.
 * @example pageName('fr', '/p/lamp-bulle', (id) => 'Bulle') // "la fiche Bulle"
 */
export function pageName(locale: Locale, path: string, product: (id: string) => string): string {
  const p = path.split(/[?#]/)[0] ?? '';
  if (p === '/' || p === '') return advisorText(locale, 'page_home');
  if (p.startsWith('/p/')) return advisorText(locale, 'page_product', { name: product(decodeURIComponent(p.slice(3))) });
  if (p.startsWith('/store')) return advisorText(locale, 'page_store');
  if (p.startsWith('/cart')) return advisorText(locale, 'page_cart');
  if (p.startsWith('/account')) return advisorText(locale, 'page_account');
  return advisorText(locale, 'page_other');
}

/**
 * A word the server sends as data (a session kind, a status, a step's event type), in the page's
 * language; an unknown one falls back to `fallback` rather than showing the raw value.
 *
 * @example advisorWord('fr', 'slot_', 'free') // "libre"
 */
export function advisorWord(locale: Locale, prefix: 'kind_' | 'session_' | 'slot_' | 'booking_' | 'step_', value: string, fallback: AdvisorTextKey = 'step_other'): string {
  const key = `${prefix}${value}`;
  return key in ADVISOR_TEXT ? advisorText(locale, key as AdvisorTextKey) : advisorText(locale, fallback);
}
