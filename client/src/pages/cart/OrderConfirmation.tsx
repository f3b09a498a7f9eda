import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { Order } from '../../../../shared/orders/order';
import { formatDate, formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { checkoutStore } from '../../stores/checkout-store';
import { useCatalogue } from '../../stores/use-catalogue';
import { shortStoreName } from '../../catalogue/stock-summary';
import { feeText, methodText, promiseText } from './delivery-text';
import { PickupParts } from '../account/PickupParts';
import '../../i18n/my-account-text';

/** After paying: the order number, each group's delivery with its date and fee, totals with VAT, and the pickup code. */
export function OrderConfirmation({ order }: { order: Order }) {
  const { t, tn, locale } = useT();
  const locations = useCatalogue((s) => s.locations) ?? [];
  const products = useCatalogue((s) => s.products);
  const storeName = (id?: string) => {
    const l = locations.find((x) => x.id === id);
    return l ? shortStoreName(l) : '';
  };
  const a = order.shippingAddress;
  const heading = useRef<HTMLHeadingElement>(null);
  // The pay button that had the focus is gone: start the reading (and the Tab order) at the thanks.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page narrow confirmation" data-testid="order-confirmation" aria-live="polite">
      <h1 ref={heading} tabIndex={-1}>
        {t('order.thanks')}
      </h1>
      <p className="confirmation__number" data-testid="order-number">
        {t('checkout.orderNumber', { number: order.number })}
      </p>
      {order.contact && <p className="small muted">{t('checkout.confirmationMail', { email: order.contact.email })}</p>}
      <ul className="plain delivery-groups">
        {(order.delivery ?? []).map((g) => (
          <li key={g.key} className="delivery-group" data-testid="confirmation-group" data-method={g.method}>
            <div className="delivery-group__head">
              <strong>
                {methodText(g, t, storeName)}
              </strong>
              <span>{feeText(g, { t, locale })}</span>
            </div>
            <p className="small muted">
              {tn('checkout.groupItems', g.lineIds.reduce((n, id) => n + (order.lines.find((l) => l.id === id)?.qty ?? 0), 0))} ·{' '}
              {g.lineIds.map((id) => order.lines.find((l) => l.id === id)).flatMap((l) => (l ? [products[l.productId]?.name[locale] ?? l.productId] : [])).join(', ')}
            </p>
            <p className="small">{promiseText(g, { t, locale })}</p>
          </li>
        ))}
      </ul>
      {a && <p className="small">{t('checkout.deliveredTo', { address: [a.name, a.line1, a.line2, `${a.postcode} ${a.city}`].filter(Boolean).join(', ') })}</p>}
      {order.pickupCode && (
        <div className="pickup">
          <p className="pickup__label">{t('order.pickupCode')}</p>
          <p className="pickup__code" data-testid="pickup-code">
            {order.pickupCode}
          </p>
          {order.pickupBy && <p className="small">{t('order.pickupHelp', { date: formatDate(order.pickupBy, locale) })}</p>}
        </div>
      )}
      <PickupParts order={order} />
      <dl className="confirmation__totals">
        <div className="summary__row">
          <dt>{t('cart.items')}</dt>
          <dd>{formatPrice(order.totals.items, locale)}</dd>
        </div>
        {order.totals.discount.amount > 0 && (
          <div className="summary__row summary__row--promo">
            <dt>{t('cart.discount')}</dt>
            <dd>−{formatPrice(order.totals.discount, locale)}</dd>
          </div>
        )}
        {order.totals.delivery && (
          <div className="summary__row">
            <dt>{t('checkout.delivery')}</dt>
            <dd>{order.totals.delivery.amount === 0 ? t('checkout.free') : formatPrice(order.totals.delivery, locale)}</dd>
          </div>
        )}
        <div className="summary__row summary__row--total">
          <dt>{t('cart.total')}</dt>
          <dd data-testid="order-total">{formatPrice(order.totals.total, locale)}</dd>
        </div>
        {order.totals.vat && (
          <div className="summary__row small muted">
            <dt>{t('checkout.vat')}</dt>
            <dd data-testid="order-vat">{formatPrice(order.totals.vat, locale)}</dd>
          </div>
        )}
      </dl>
      {order.payment.last4 && <p className="small muted">{t('checkout.paymentAuthorised', { brand: order.payment.brand ?? '', last4: order.payment.last4 })}</p>}
      <Link href="/" className="btn" onClick={() => checkoutStore.getState().reset()}>
        {t('cart.continue')}
      </Link>
    </section>
  );
}
