import { greet, type MailBodyOf } from './mail-body';

type Row = [string, string];

export interface StoreMailData {
  /** A sale paid at a till: the customer's proof of purchase. */
  'till-receipt': {
    name?: string; orderNumber: string; store: string; paidAt: string;
    lines: { name: string; qty: number; total: string }[]; total: string; vat?: string;
    /** e.g. `Visa •••• 4242` */
    payment: string;
    /** Lines that did not leave with the customer: delivered, or waiting at a store's desk. */
    toCome: { name: string; qty: number; how: 'ship' | 'pickup'; store?: string }[];
    link: string;
  };
  /** A click-and-collect order (or its part at one store) waiting at the desk. */
  'ready-for-pickup': {
    name?: string; orderNumber: string; store: string; storeAddress: string; code: string; pickupBy: string;
    lines: { name: string; qty: number }[];
    /** Content id of the QR code attachment shown inline. */
    qrCid: string;
    /** True when the order is still to be paid at the desk. */
    payAtDesk: boolean;
    link: string;
  };
}

const toComeFr = (x: StoreMailData['till-receipt']['toCome'][number]) =>
  `${x.qty} × ${x.name} : ${x.how === 'ship' ? 'livraison à l’adresse donnée en caisse' : `à retirer à ${x.store ?? 'votre magasin'} ; nous vous écrirons quand ce sera prêt`}`;
const toComeEn = (x: StoreMailData['till-receipt']['toCome'][number]) =>
  `${x.qty} × ${x.name}: ${x.how === 'ship' ? 'delivered to the address given at the till' : `to collect at ${x.store ?? 'your store'}; we will write when it is ready`}`;

const lineRows = (lines: { name: string; qty: number; total?: string }[]): Row[] => lines.map((x) => [`${x.qty} × ${x.name}`, x.total ?? '']);

export const STORE_MAIL_BODIES: { [T in keyof StoreMailData]: MailBodyOf<StoreMailData[T]> } = {
  'till-receipt': (d, l) => l === 'fr'
    ? {
        subject: `Votre ticket de caisse – commande ${d.orderNumber}`, greeting: greet(l, d.name),
        paragraphs: [`Merci de votre achat à ${d.store}. Voici votre ticket pour la commande ${d.orderNumber}, payée le ${d.paidAt}.`],
        rows: [...lineRows(d.lines), ['Total', d.total], ...(d.vat ? [['dont TVA', d.vat] as Row] : []), ['Paiement', d.payment]],
        after: d.toCome.length ? ['À venir :', ...d.toCome.map(toComeFr)] : [],
        action: { label: 'Voir mes commandes', href: d.link },
        footer: 'Gardez ce message : il vaut ticket de caisse pour un échange ou la garantie.',
      }
    : {
        subject: `Your receipt – order ${d.orderNumber}`, greeting: greet(l, d.name),
        paragraphs: [`Thank you for shopping at ${d.store}. Here is your receipt for order ${d.orderNumber}, paid on ${d.paidAt}.`],
        rows: [...lineRows(d.lines), ['Total', d.total], ...(d.vat ? [['incl. VAT', d.vat] as Row] : []), ['Payment', d.payment]],
        after: d.toCome.length ? ['Still to come:', ...d.toCome.map(toComeEn)] : [],
        action: { label: 'See my orders', href: d.link },
        footer: 'Keep this message: it is your proof of purchase for an exchange or the guarantee.',
      },
  'ready-for-pickup': (d, l) => l === 'fr'
    ? {
        subject: `Commande ${d.orderNumber} prête à ${d.store}`, greeting: greet(l, d.name),
        paragraphs: [
          `Votre commande ${d.orderNumber} vous attend à ${d.store} (${d.storeAddress}) jusqu’au ${d.pickupBy}.`,
          `Code de retrait : ${d.code}. Montrez ce code ou le QR code ci-dessous au comptoir de retrait.`,
          ...(d.payAtDesk ? ['Le paiement se fait au comptoir, par carte.'] : []),
        ],
        image: { cid: d.qrCid, alt: `QR code du code de retrait ${d.code}` },
        rows: lineRows(d.lines),
        after: ['Passé ce délai, les articles sont remis en rayon.'],
        action: { label: 'Voir ma commande', href: d.link },
        footer: 'Quelqu’un d’autre peut retirer la commande pour vous avec ce code.',
      }
    : {
        subject: `Order ${d.orderNumber} is ready at ${d.store}`, greeting: greet(l, d.name),
        paragraphs: [
          `Your order ${d.orderNumber} is waiting for you at ${d.store} (${d.storeAddress}) until ${d.pickupBy}.`,
          `Pickup code: ${d.code}. Show this code or the QR code below at the pickup desk.`,
          ...(d.payAtDesk ? ['You pay at the desk, by card.'] : []),
        ],
        image: { cid: d.qrCid, alt: `QR code of pickup code ${d.code}` },
        rows: lineRows(d.lines),
        after: ['After that date, the items go back on the shelves.'],
        action: { label: 'See my order', href: d.link },
        footer: 'Someone else can collect the order for you with this code.',
      },
};
