/**
 * What a person reads when the server refuses a call, by the answer's `error` code (French, the
 * reference). The server's own `message` is for developers and logs; it is never shown.
 */
export const apiErrorsFr = {
  'apiError.invalid': 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
  'apiError.invalid_json': 'La demande n’a pas pu être lue. Réessayez.',
  'apiError.invalid_text': 'Ce texte contient des caractères non pris en charge.',
  'apiError.payload_too_large': 'Ce fichier est trop volumineux.',
  'apiError.unsupported_media_type': 'Ce type de fichier n’est pas accepté.',
  'apiError.unauthorized': 'Votre session a expiré. Reconnectez-vous.',
  'apiError.forbidden': 'Vous n’avez pas accès à cette action.',
  'apiError.not_found': 'Introuvable : cet élément n’existe pas ou plus.',
  'apiError.version_conflict': 'Cela a changé entre-temps ; voici la version à jour.',
  'apiError.insufficient_stock': 'Stock insuffisant pour cette quantité.',
  'apiError.idempotency_key_required': 'La demande n’a pas pu être envoyée. Réessayez.',
  'apiError.idempotency_key_reused': 'Cette demande a déjà été envoyée avec d’autres informations. Réessayez.',
  'apiError.handoff_invalid': 'Ce code n’est pas valide ou a expiré : demandez au client de l’afficher à nouveau.',
  'apiError.illegal_transition': 'Ce changement d’état n’est pas possible pour cette commande.',
  'apiError.cart_closed': 'Ce panier est déjà commandé.',
  'apiError.empty_cart': 'Le panier est vide.',
  'apiError.rate_limited': 'Trop de demandes d’un coup. Patientez un instant et réessayez.',
  'apiError.open_orders': 'Certaines de vos commandes sont encore en route ou à retirer. Vous pourrez supprimer votre compte une fois qu’elles vous seront remises.',
  'apiError.payment_failed': 'Le paiement n’a pas abouti. Aucun montant n’a été débité.',
  'apiError.payment_due': 'Le paiement n’est pas encore réglé.',
  'apiError.conflict': 'Cela existe déjà ou a changé entre-temps.',
  'apiError.below_reserved': 'Le stock ne peut pas descendre sous la quantité déjà réservée.',
  'apiError.price_changed': 'Un prix a changé : vérifiez-le avant de continuer.',
  'apiError.unavailable_lines': 'Un article n’est plus vendu.',
  'apiError.sku_taken': 'Cette référence est déjà utilisée.',
  'apiError.unavailable': 'Le service est momentanément indisponible. Réessayez dans un instant.',
  'apiError.network': 'Connexion impossible. Vérifiez votre réseau et réessayez.',
  'apiError.other': 'Une erreur est survenue. Réessayez.',
} as const;
