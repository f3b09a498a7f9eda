import type { Locale } from '../../../shared/i18n-text';
import { localize, type TextTable, type Vars } from '../i18n/translate';
import { guestTag } from '../../../shared/room/chat';
import type { NoticeCode } from '../../../shared/room/protocol';

/** Words of the live session UI (customer panel, store overlay, advisor console), in both languages. */
export const ROOM_TEXT = {
  askTitle: { fr: 'Un conseiller', en: 'An advisor' },
  asking: { fr: 'Envoi de votre demande…', en: 'Sending your request…' },
  waiting: { fr: 'Un conseiller arrive. Vous êtes n° {n} dans la file.', en: 'An advisor is coming. You are number {n} in line.' },
  returned: { fr: 'Votre conseiller a dû partir : vous êtes le prochain servi.', en: 'Your advisor had to leave: you are next in line.' },
  assigned: { fr: '{name} vous rejoint.', en: '{name} is joining you.' },
  requestClosed: {
    fr: "Votre demande de conseiller a été close pendant votre absence. Redemandez quand vous voulez.",
    en: 'Your request for an advisor was closed while you were away. Ask again whenever you like.',
  },
  withYou: { fr: '{name} est avec vous.', en: '{name} is with you.' },
  // Ending help is said one way everywhere (customer, advisor console, session panel).
  endHelp: { fr: 'Terminer l’aide', en: 'End help' },
  helpSession: { fr: 'Aide d’un conseiller', en: 'Help from an advisor' },
  guest: { fr: 'Invité {tag}', en: 'Guest {tag}' },
  notice_forbidden: { fr: 'Action non autorisée dans cette session.', en: 'This action is not allowed in this session.' },
  notice_invalid: { fr: 'Ce message n’a pas pu être envoyé.', en: 'This message could not be sent.' },
  notice_rate_limited: { fr: 'Trop de messages d’un coup : patientez un instant.', en: 'Too many messages at once: wait a moment.' },
  notice_not_found: { fr: 'Introuvable dans cette session.', en: 'Not found in this session.' },
  notice_cart_failed: { fr: 'L’ajout au panier a échoué.', en: 'Adding to the cart failed.' },
  notice_advisor_left: { fr: 'Votre conseiller a dû partir : vous êtes le prochain servi.', en: 'Your advisor had to leave: you are next in line.' },
  notice_advisor_joined: { fr: '{name} vous a rejoint pour vous aider.', en: '{name} joined to help you.' },
  notice_waiting_for_host: { fr: 'L’hôte va vous faire entrer dans un instant.', en: 'The host will let you in shortly.' },
  notice_admitted: { fr: 'Vous êtes entré dans la session.', en: 'You are in the session.' },
  goToStore: { fr: 'Le voir dans le magasin 3D', en: 'Meet in the 3D store' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  close: { fr: 'Fermer', en: 'Close' },
  staffCannotAsk: { fr: 'Connectez-vous en client pour demander un conseiller.', en: 'Sign in as a customer to ask for an advisor.' },
  failed: { fr: 'La demande a échoué : {message}', en: 'The request failed: {message}' },
  session: { fr: 'Session en direct', en: 'Live session' },
  showroom: { fr: 'Showroom', en: 'Showroom' },
  people: { fr: 'Personnes ({n})', en: 'People ({n})' },
  showPanel: {
    fr: { one: 'Afficher les personnes et la discussion : {n} personne, {unread} non lu', other: 'Afficher les personnes et la discussion : {n} personnes, {unread} non lus' },
    en: { one: 'Show people and chat: {n} person, {unread} unread', other: 'Show people and chat: {n} people, {unread} unread' },
  },
  hidePanel: {
    fr: { one: 'Replier les personnes et la discussion ({n} personne)', other: 'Replier les personnes et la discussion ({n} personnes)' },
    en: { one: 'Fold people and chat ({n} person)', other: 'Fold people and chat ({n} people)' },
  },
  you: { fr: 'vous', en: 'you' },
  advisor: { fr: 'Conseiller', en: 'Advisor' },
  host: { fr: 'Hôte', en: 'Host' },
  waitingRoom: { fr: 'en attente', en: 'waiting' },
  away: { fr: 'reconnexion…', en: 'reconnecting…' },
  chat: { fr: 'Discussion', en: 'Chat' },
  say: { fr: 'Écrire un message', en: 'Write a message' },
  send: { fr: 'Envoyer', en: 'Send' },
  voiceOn: { fr: 'Activer le micro', en: 'Turn the mic on' },
  mute: { fr: 'Couper le micro', en: 'Mute' },
  unmute: { fr: 'Parler', en: 'Unmute' },
  pushToTalk: { fr: 'Maintenir V pour parler', en: 'Hold V to talk' },
  micMuted: { fr: 'micro coupé', en: 'muted' },
  micSpeaking: { fr: 'parle', en: 'speaking' },
  micOn: { fr: 'micro ouvert', en: 'mic on' },
  micFailed: { fr: 'micro indisponible', en: 'mic unavailable' },
  handRaised: { fr: 'main levée', en: 'hand raised' },
  raiseHand: { fr: 'Lever la main', en: 'Raise hand' },
  lowerHand: { fr: 'Baisser la main', en: 'Lower hand' },
  leave: { fr: 'Quitter', en: 'Leave' },
  admit: { fr: 'Faire entrer', en: 'Let in' },
  muteThem: { fr: 'Couper', en: 'Mute' },
  unmuteThem: { fr: 'Rétablir', en: 'Allow' },
  giveFloor: { fr: 'Donner la parole', en: 'Give the floor' },
  takeFloor: { fr: 'Reprendre la parole', en: 'Take the floor back' },
  remove: { fr: 'Retirer', en: 'Remove' },
  end: { fr: 'Terminer la session', en: 'End the session' },
  spotlight: { fr: 'À la une : {name}', en: 'Spotlight: {name}' },
  ended: { fr: 'Session terminée', en: 'Session ended' },
  shown: { fr: 'Produits présentés', en: 'Products shown' },
  added: { fr: 'Ajoutés au panier', en: 'Added to the cart' },
  nothing: { fr: 'rien', en: 'nothing' },
  removed: { fr: 'L\'hôte vous a retiré de la session.', en: 'The host removed you from the session.' },
  reconnecting: { fr: 'Connexion perdue, reconnexion…', en: 'Connection lost, reconnecting…' },
  book: { fr: 'Ou prendre rendez-vous avec un conseiller', en: 'Or book a time with an advisor' },
  bookTitle: { fr: 'Rendez-vous en visio 3D', en: 'Book a 3D consultation' },
  noSlots: { fr: 'Aucun créneau libre pour le moment.', en: 'No free slot right now.' },
  booked: { fr: 'Rendez-vous le {when} avec {name}.', en: 'Booked for {when} with {name}.' },
  reminder: { fr: 'Votre rendez-vous avec {name} commence à {time}.', en: 'Your consultation with {name} starts at {time}.' },
  joinNow: { fr: 'Rejoindre', en: 'Join' },
  cartAdded: { fr: '{name} a ajouté {product} à votre panier', en: '{name} added {product} to your cart' },
} as const satisfies TextTable;

export type RoomTextKey = keyof typeof ROOM_TEXT;

/**
 * A name as this viewer reads it: a guest's label in the viewer's language, anyone else's as is.
 * @example personName('fr', 'Guest 466D') // "Invité 466D"
 */
export function personName(locale: Locale, name: string): string {
  const tag = guestTag(name);
  return tag ? roomText(locale, 'guest', { tag }) : name;
}

/**
 * A room notice in the viewer's language, by its code (the server's text is for developers).
 * @example noticeText('fr', 'advisor_joined', 'Inès') // "Inès vous a rejoint pour vous aider."
 */
export function noticeText(locale: Locale, code: NoticeCode | 'cart_added', name = ''): string {
  if (code === 'cart_added') return roomText(locale, 'added');
  return roomText(locale, `notice_${code}`, { name });
}

/** @example roomText('en', 'waiting', { n: 2 }) */
export function roomText(locale: Locale, key: RoomTextKey, vars?: Vars): string {
  return localize(ROOM_TEXT, locale, key, vars);
}
