import type { Order } from '../../../../shared/orders/order';
import { isSettled } from '../../../../shared/orders/order-permissions';
import { useT } from '../../i18n/use-t';
import { formatDate, formatPrice } from '../../i18n/format';
import { useNames } from '../../components/timeline/use-names';
import { PickupParts } from './PickupParts';
import '../../i18n/my-account-text';

/** One order with its live status; a pickup shows where, and, once ready, the code to show at the desk. */
export function OrderCard({ order }: { order: Order }) {
  const { t, tn, locale } = useT();
  const names = useNames();
  const pickupStore = order.lines.find((l) => l.fulfilment.type === 'pickup' && !l.handedOverAt)?.fulfilment;
  const storeName = pickupStore?.type === 'pickup' ? names.store(pickupStore.locationId) : null;
  const waiting = order.status === 'placed' || order.status === 'ready_for_pickup';
  return (
    <li className={`order-card order-card--${order.status}`} data-testid="order-card" data-order-id={order.id} data-status={order.status}>
      <div className="order-card__head">
        <div>
          <p className="order-card__title" data-testid="order-number">
            {t('order.number', { id: order.number })}
          </p>
          <p className="small muted">{t('account.orderOf', { date: formatDate(order.createdAt, locale) })}</p>
          <p className="muted small">
            {tn('account.lines', order.lines.reduce((n, l) => n + l.qty, 0))} · <span data-testid="order-total">{formatPrice(order.totals.total, locale)}</span> ·{' '}
            {t(`channel.${order.channel}`)}
          </p>
        </div>
        <span className={`status-pill status-pill--${order.status}`} data-testid="order-status">
          {t(`status.${order.status}`)}
        </span>
      </div>
      {order.status === 'ready_for_pickup' && storeName && order.pickupCode && (
        <p className="notice notice--ok" role="status">
          {t('account.readyNotice', { store: storeName, code: order.pickupCode })}
        </p>
      )}
      <ul className="plain order-card__lines">
        {order.lines.map((l) => (
          <li key={l.id}>
            <span>
              {names.product(l.productId)} × {l.qty}
            </span>
            <span className="muted small">
              {l.handedOverAt
                ? t('account.handedOver')
                : l.fulfilment.type === 'pickup'
                  ? t('account.pickupAt', { store: names.store(l.fulfilment.locationId) })
                  : t('account.ship')}
            </span>
          </li>
        ))}
      </ul>
      {waiting && order.pickupCode && storeName && (
        <div className="order-card__code">
          <span className="small">{t('order.pickupCode')}</span>
          <strong data-testid="order-pickup-code">{order.pickupCode}</strong>
          {order.pickupBy && <span className="small muted">{t('order.pickupHelp', { date: formatDate(order.pickupBy, locale) })}</span>}
        </div>
      )}
      <PickupParts order={order} />
      <p className="small muted">{isSettled(order.payment.status) ? t('account.paid') : order.payment.status === 'due_at_pickup' ? t('account.payAtPickup') : t('account.refunded')}</p>
    </li>
  );
}
