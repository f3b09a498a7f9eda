import type { Locale } from '../../../shared/i18n-text';
import { localize, type TextTable, type Vars } from '../i18n/translate';

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
  endHelp: { fr: "Terminer l'aide", en: 'End the help' },
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

/** @example roomText('en', 'waiting', { n: 2 }) */
export function roomText(locale: Locale, key: RoomTextKey, vars?: Vars): string {
  return localize(ROOM_TEXT, locale, key, vars);
}
