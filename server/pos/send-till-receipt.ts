import type { Services } from '../app/services';
import type { Order } from '../../shared/orders/order';
import type { TillPayment } from '../../shared/pos/till-api';
import { formatMoney, multiplyMoney } from '../../shared/money';
import { formatMailDate } from '../../shared/mail/mail-date';
import { vatIncluded } from '../../shared/delivery/vat-included';
import { orderRecipient } from '../orders/order-recipient';
import { mailLocale } from '../mail/mail-locale';
import type { OrderRecipient } from '../orders/order-recipient';

/**
 * The receipt of a payment taken at a till (a sale, or an order paid at the pickup desk): the
 * store, every line and the total with its VAT (for one pickup part paid at its desk: that part's
 * lines and amount), the card used, and what did not leave with the customer; to the order's contact or the customer's account, nobody for a walk-in guest. A mail
 * that cannot be queued is logged and never undoes the payment. Resolves to the outbox id.
 *
 * @example await sendTillReceipt(s, order, { storeId: 'store-paris', payment }, origin);
 */
export async function sendTillReceipt(s: Services, order: Order, till: { storeId: string; payment: TillPayment }, origin: string): Promise<string | undefined> {
  try {
    const who = await orderRecipient(s.database.db, order);
    return who ? await mailReceipt(s, order, who, till, origin) : undefined;
  } catch (e) {
    s.log.warn({ err: e, orderId: order.id }, 'till receipt not queued');
    return undefined;
  }
}

function mailReceipt(
  s: Services, order: Order, who: OrderRecipient, till: { storeId: string; payment: TillPayment }, origin: string,
): Promise<string> {
  const l = who.language;
  const locale = mailLocale(l);
  const productName = (id: string) => s.catalogue.anyProduct(id)?.name[l] ?? id;
  const storeName = (id: string) => s.catalogue.location(id)?.name ?? id;
  const card = [order.payment.brand, `•••• ${till.payment.last4}`].filter(Boolean).join(' ');
  // A pickup part paid at its desk: the receipt lists that part's lines, its amount and the VAT in it.
  const part = order.pickups?.find((pt) => pt.paid?.paymentId === till.payment.id);
  const paidFor = part ? order.lines.filter((x) => part.lineIds.includes(x.id)) : order.lines;
  const collected = new Set((order.pickups ?? []).filter((pt) => pt.status === 'picked_up').flatMap((pt) => pt.lineIds));
  return s.mail.send(who.to, 'till-receipt', {
    ...(who.name ? { name: who.name } : {}),
    orderNumber: order.number,
    store: storeName(till.storeId),
    paidAt: formatMailDate(till.payment.createdAt, l),
    lines: paidFor.map((x) => ({ name: productName(x.productId), qty: x.qty, total: formatMoney(x.price?.total ?? multiplyMoney(x.unitPrice, x.qty), locale) })),
    total: formatMoney(till.payment.amount, locale),
    ...(part ? { vat: formatMoney(vatIncluded(till.payment.amount), locale) } : order.totals.vat ? { vat: formatMoney(order.totals.vat, locale) } : {}),
    payment: card,
    // A handed-over order (the desk, or a till sale taken whole) has nothing still to come.
    toCome: order.status === 'picked_up' ? [] : order.lines.filter((x) => !x.handedOverAt && !collected.has(x.id)).map((x) => ({
      name: productName(x.productId), qty: x.qty, how: x.fulfilment.type === 'pickup' ? 'pickup' as const : 'ship' as const,
      ...(x.fulfilment.type === 'pickup' ? { store: storeName(x.fulfilment.locationId) } : {}),
    })),
    link: `${origin}/account`,
  }, l);
}
