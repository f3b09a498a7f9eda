import type { Services } from '../app/services';
import type { Order } from '../../shared/orders/order';
import type { Locale } from '../../shared/i18n-text';
import { formatMoney, multiplyMoney } from '../../shared/money';

/**
 * The hook checkout calls once an order is placed: the confirmation mail, in the customer's
 * language, with each line's name and price as the order recorded it. Queued like every mail, so
 * a slow mail server never holds the checkout. Resolves to the outbox id.
 *
 * @example await sendOrderConfirmation(s, order, { to: contact.email, language: 'fr', origin, name });
 */
export function sendOrderConfirmation(
  s: Services, order: Order & { number?: string }, who: { to: string; language: Locale; origin: string; name?: string },
): Promise<string> {
  const locale = who.language === 'fr' ? 'fr-FR' : 'en-GB';
  const lines = order.lines.map((l) => ({
    name: s.catalogue.anyProduct(l.productId)?.name[who.language] ?? l.productId,
    qty: l.qty,
    total: formatMoney(l.price?.total ?? multiplyMoney(l.unitPrice, l.qty), locale),
  }));
  return s.mail.send(who.to, 'order-confirmation', {
    ...(who.name ? { name: who.name } : {}),
    orderNumber: order.number ?? order.id,
    lines,
    total: formatMoney(order.totals.total, locale),
    link: `${who.origin}/account`,
  }, who.language);
}
