/**
 * Messages of the customer timeline, channels, order states and the installed app (French, the
 * reference). Spread into `fr.ts`, so `t()` knows their keys.
 */
export const storeAppFr = {
  'channel.web': 'Site web',
  'channel.app': 'Appli',
  'channel.ar': 'Réalité augmentée',
  'channel.vr': 'Magasin virtuel',
  'channel.store': 'En magasin',
  'channel.advisor': 'Conseiller',
  'channelShort.web': 'Web',
  'channelShort.app': 'Appli',
  'channelShort.vr': 'VR',
  'channelShort.ar': 'AR',
  'channelShort.store': 'Magasin',
  'channelShort.advisor': 'Conseiller',
  'status.placed': 'Commande reçue',
  'status.ready_for_pickup': 'Prête à retirer',
  'status.picked_up': 'Retirée',
  'status.shipped': 'Expédiée',
  'status.cancelled': 'Annulée',
  'advisor.demo': 'Démo : ines@vitrine.demo ou theo@vitrine.demo, mot de passe « vitrine ».',
  'pwa.offline': 'Hors ligne : le catalogue et votre dernier panier restent consultables.',
  'pwa.queued_one': '{n} modification du panier sera envoyée au retour du réseau.',
  'pwa.queued_other': '{n} modifications du panier seront envoyées au retour du réseau.',
  'pwa.syncing': 'Envoi de vos modifications…',
  'pwa.dropped': 'Une modification n’a pas pu être appliquée (article indisponible) et a été retirée.',
} as const;
