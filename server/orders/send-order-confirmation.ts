import type { Services } from '../app/services';
import type { Order } from '../../shared/orders/order';
import type { TillPayment } from '../../shared/pos/till-api';
import { formatMoney, multiplyMoney } from '../../shared/money';
import { orderRecipient } from './order-recipient';
import { sendTillReceipt } from '../pos/send-till-receipt';
import { mailLocale } from '../mail/mail-locale';

/** The step's name, for logs and counters. */
export const SEND_ORDER_CONFIRMATION = 'send-order-confirmation';

export interface ConfirmationContext {
  /** The public origin the mail's links point to. */
  origin: string;
  /** Set when the order was paid at a till: the confirmation is then its receipt, with the payment. */
  till?: { storeId: string; payment: TillPayment };
}

/**
 * The step every checkout runs once it has created an order (never on a replay): the order
 * confirmation in the recipient's language, with each line's name and price as the order recorded
 * them, to the checkout contact or the account's address. A sale paid at a till gets its receipt
 * instead, which confirms the same order with the payment. Queued like every mail; a mail that
 * cannot be queued is logged and never undoes the sale. Resolves to the outbox id, or undefined
 * when there is nobody to write to.
 *
 * @example if (created) await sendOrderConfirmation(s, order, { origin });
 */
export async function sendOrderConfirmation(s: Services, order: Order, ctx: ConfirmationContext): Promise<string | undefined> {
  if (ctx.till) return sendTillReceipt(s, order, ctx.till, ctx.origin);
  try {
    const who = await orderRecipient(s.database.db, order);
    if (!who) return undefined;
    const locale = mailLocale(who.language);
    const lines = order.lines.map((l) => ({
      name: s.catalogue.anyProduct(l.productId)?.name[who.language] ?? l.productId,
      qty: l.qty,
      total: formatMoney(l.price?.total ?? multiplyMoney(l.unitPrice, l.qty), locale),
    }));
    return await s.mail.send(who.to, 'order-confirmation', {
      ...(who.name ? { name: who.name } : {}),
      orderNumber: order.number,
      lines,
      total: formatMoney(order.totals.total, locale),
      link: `${ctx.origin}/account`,
    }, who.language);
  } catch (e) {
    s.log.warn({ err: e, orderId: order.id, step: SEND_ORDER_CONFIRMATION }, 'order confirmation not queued');
    return undefined;
  }
}
