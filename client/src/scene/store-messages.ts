import type { Locale } from '../../../shared/i18n-text';
import { localize, type TextTable, type Vars } from '../i18n/translate';

/**
 * Words drawn inside the 3D store (signs, panels, wrist menu), in both languages. Kept beside
 * the scene because they are painted into textures, not rendered by React.
 */
export const STORE_TEXT = {
  aisle: { fr: 'Allée {n}', en: 'Aisle {n}' },
  restocking: { fr: 'Réassort en cours', en: 'Restocking' },
  addToCart: { fr: 'Ajouter au panier', en: 'Add to cart' },
  adding: { fr: 'Ajout…', en: 'Adding…' },
  added: { fr: 'Ajouté au panier ✓', en: 'Added to cart ✓' },
  addFailed: { fr: 'Échec, réessayer', en: 'Failed, try again' },
  outOfStock: { fr: 'Épuisé ici', en: 'Sold out here' },
  notHere: { fr: 'Pas en stock dans ce magasin', en: 'Not in stock in this store' },
  availableAt: { fr: 'Disponible à {stores}', en: 'Available at {stores}' },
  orDelivered: { fr: 'Livraison à domicile possible', en: 'Home delivery available' },
  deliveredOnly: { fr: 'Disponible en livraison à domicile', en: 'Available for home delivery' },
  nowhere: { fr: 'Bientôt de retour', en: 'Back soon' },
  delivery: { fr: 'Livraison', en: 'Delivery' },
  inStock: { fr: '{n} dispo.', en: '{n} in stock' },
  soldOut: { fr: 'épuisé', en: 'sold out' },
  viewInAr: { fr: 'Voir chez moi (AR)', en: 'View in AR' },
  scanQr: { fr: 'Scannez avec votre téléphone', en: 'Scan with your phone' },
  back: { fr: 'Retour', en: 'Back' },
  pickUp: { fr: 'Prendre en main', en: 'Pick up' },
  putBack: { fr: 'Reposer', en: 'Put back' },
  close: { fr: 'Fermer', en: 'Close' },
  availability: { fr: 'Stock par magasin', en: 'Stock by store' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  cart: { fr: 'Panier', en: 'Cart' },
  cartEmpty: { fr: 'Votre panier est vide', en: 'Your cart is empty' },
  total: { fr: 'Total', en: 'Total' },
  was: { fr: 'Au lieu de {price}', en: 'Was {price}' },
  smooth: { fr: 'Déplacement fluide', en: 'Smooth locomotion' },
  snapTurn: { fr: 'Rotation {n}°', en: 'Snap turn {n}°' },
  vignette: { fr: 'Vignette confort', en: 'Comfort vignette' },
  seated: { fr: 'Mode assis', en: 'Seated mode' },
  on: { fr: 'oui', en: 'on' },
  off: { fr: 'non', en: 'off' },
  live: { fr: 'en direct', en: 'live' },
  dimensions: { fr: 'L {w} × H {h} × P {d} cm', en: 'W {w} × H {h} × D {d} cm' },
  leave: { fr: 'Quitter le magasin', en: 'Leave the store' },
  enterVr: { fr: 'Entrer en VR', en: 'Enter VR' },
  exitVr: { fr: 'Quitter la VR', en: 'Exit VR' },
  mouseLook: { fr: 'Vue souris (M)', en: 'Mouse look (M)' },
  hintDesktop: { fr: 'ZQSD ou flèches pour marcher · glisser pour regarder · cliquer au sol pour y aller · cliquer un produit pour le voir', en: 'WASD or arrows to walk · drag to look · click the floor to go there · click a product to see it' },
  hintTouch: { fr: 'Glisser pour regarder · toucher le sol pour y aller · toucher un produit', en: 'Drag to look · tap the floor to go there · tap a product' },
  loadingStore: { fr: 'Ouverture du magasin…', en: 'Opening the store…' },
  loadingModels: { fr: 'Chargement des modèles 3D…', en: 'Loading 3D models…' },
  loadFailed: { fr: 'Le magasin n’a pas pu ouvrir.', en: 'The store could not open.' },
  noWebgl: { fr: 'Ce navigateur ne peut pas afficher la 3D (WebGL).', en: 'This browser cannot show 3D (WebGL).' },
  selected: { fr: '{name}, {price}. Entrée pour ajouter au panier, Échap pour fermer.', en: '{name}, {price}. Enter to add to cart, Esc to close.' },
  viewCart: { fr: 'Voir le panier', en: 'View cart' },
  addedFrom: { fr: 'ajouté', en: 'added' },
} as const satisfies TextTable;

export type StoreTextKey = keyof typeof STORE_TEXT;

/** @example storeText('fr', 'aisle', { n: 4 }) // "Allée 4" */
export function storeText(locale: Locale, key: StoreTextKey, vars?: Vars): string {
  return localize(STORE_TEXT, locale, key, vars);
}
