import QRCode from 'qrcode';
import type { Services } from '../app/services';
import type { Order, OrderLine } from '../../shared/orders/order';
import { formatMailDate } from '../../shared/mail/mail-date';
import { orderRecipient } from './order-recipient';
import { mailOrigin } from '../mail/mail-locale';

/** The content id the mail's HTML shows the QR code by. */
export const PICKUP_QR_CID = 'pickup-code@vitrine';

export interface ReadyForPickup {
  order: Order;
  /** The store whose desk holds the goods. */
  storeId: string;
  /** The code the desk asks for; the QR code holds exactly this, as the desk's scanner reads it. */
  code: string;
  /** The lines waiting at that store (one store's part of the order). */
  lines: OrderLine[];
  /** Until when the desk keeps them. */
  pickupBy?: string;
}

/**
 * Tells the customer that goods wait at a store's desk: the store and its address, the order
 * number, the pickup code and its QR code (a PNG shown inline by `cid:`), the lines and the date
 * they go back on the shelves. Called by the transition to `ready_for_pickup`; written for one
 * store's part so an order picked up at several stores mails once per store. A mail that cannot
 * be queued is logged, never undoes the transition. Resolves to the outbox id, or undefined when
 * there is nobody to write to.
 *
 * @example await sendReadyForPickup(s, { order, storeId: 'store-paris', code: order.pickupCode, lines });
 */
export async function sendReadyForPickup(s: Services, ready: ReadyForPickup, origin = mailOrigin(s.config)): Promise<string | undefined> {
  const { order, storeId, code, lines } = ready;
  try {
    const who = await orderRecipient(s.database.db, order);
    if (!who) return undefined;
    const l = who.language;
    const store = s.catalogue.location(storeId);
    const png = await QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 });
    return await s.mail.send(who.to, 'ready-for-pickup', {
      ...(who.name ? { name: who.name } : {}),
      orderNumber: order.number,
      store: store?.name ?? storeId,
      storeAddress: store?.address ?? '',
      code,
      pickupBy: formatMailDate(ready.pickupBy ?? order.pickupBy ?? s.now().toISOString(), l, 'date'),
      lines: lines.map((x) => ({ name: s.catalogue.anyProduct(x.productId)?.name[l] ?? x.productId, qty: x.qty })),
      qrCid: PICKUP_QR_CID,
      payAtDesk: order.payment.status === 'due_at_pickup',
      link: `${origin}/account`,
    }, l, { attachments: [{ filename: `${order.number}-pickup.png`, contentType: 'image/png', content: png.toString('base64'), cid: PICKUP_QR_CID }] });
  } catch (e) {
    s.log.warn({ err: e, orderId: order.id }, 'ready-for-pickup mail not queued');
    return undefined;
  }
}
