import { Link } from 'wouter';
import type { Order } from '../../../../shared/orders/order';
import { formatDate, formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { checkoutStore } from '../../stores/checkout-store';

/** What the customer needs after paying: the order number and, for pickups, the code to show at the desk. */
export function OrderConfirmation({ order }: { order: Order }) {
  const { t, locale } = useT();
  const hasShip = order.lines.some((l) => l.fulfilment.type === 'ship');
  return (
    <section className="page narrow confirmation" data-testid="order-confirmation" aria-live="polite">
      <h1>{t('order.thanks')}</h1>
      <p className="muted">{t('order.number', { id: order.id })}</p>
      {order.pickupCode && (
        <div className="pickup">
          <p className="pickup__label">{t('order.pickupCode')}</p>
          <p className="pickup__code" data-testid="pickup-code">
            {order.pickupCode}
          </p>
          {order.pickupBy && <p className="small">{t('order.pickupHelp', { date: formatDate(order.pickupBy, locale) })}</p>}
        </div>
      )}
      {hasShip && <p>{t('order.shipped')}</p>}
      <p>
        <strong>
          {t('cart.total')}
          {t('app.colon')}
        </strong>{' '}
        {formatPrice(order.totals.total, locale)}
      </p>
      <Link href="/" className="btn" onClick={() => checkoutStore.getState().reset()}>
        {t('cart.continue')}
      </Link>
    </section>
  );
}
