import type { Order } from '../../../../shared/orders/order';
import { useT } from '../../i18n/use-t';
import { formatDate, formatPrice } from '../../i18n/format';
import { pickupPartAmounts } from '../../../../shared/orders/pickup-part-amounts';
import { useNames } from '../../components/timeline/use-names';
import '../../i18n/my-account-text';

/**
 * An order collected at several stores: each store's part with its state, while it waits its own
 * code, for an order paid at pickup what that store charges (or charged) for it, and for a
 * cancelled part what was given back.
 */
export function PickupParts({ order }: { order: Order }) {
  const { t, locale } = useT();
  const names = useNames();
  const parts = order.pickups ?? [];
  if (parts.length < 2) return null;
  const atStores = order.payment.status === 'due_at_pickup' ? pickupPartAmounts(order).parts : [];
  return (
    <ul className="plain pickup-parts" aria-label={t('order.parts')} data-testid="pickup-parts">
      {parts.map((p) => {
        const waiting = p.status === 'placed' || p.status === 'ready_for_pickup';
        const due = atStores.find((a) => a.storeId === p.storeId)?.amount;
        // A part a promotion made free: nothing was or will be paid for it, rather than "paid 0 €".
        const free = (p.paid?.amount ?? (waiting ? due : undefined))?.amount === 0;
        const items = order.lines.filter((l) => p.lineIds.includes(l.id)).map((l) => `${names.product(l.productId)} × ${l.qty}`);
        return (
          <li key={p.storeId} className="pickup-part" data-testid="pickup-part" data-store={p.storeId} data-status={p.status}>
            <div className="order-card__head">
              <strong>{t('order.partAt', { store: names.store(p.storeId) })}</strong>
              <span className={`status-pill status-pill--${p.status}`} data-testid="pickup-part-status">
                {t(`status.${p.status}`)}
              </span>
            </div>
            <p className="small muted">{items.join(', ')}</p>
            {p.status === 'cancelled' ? (
              <p className="small" data-testid="pickup-part-refund" data-refunded={p.refunded?.amount ?? 0}>
                {p.refunded ? t('order.partRefunded', { amount: formatPrice(p.refunded, locale) }) : t('order.partCancelled')}
              </p>
            ) : free ? (
              <p className="small" data-testid="pickup-part-amount">{t('order.partNothingDue')}</p>
            ) : p.paid ? (
              <p className="small" data-testid="pickup-part-amount">{t('order.partPaid', { amount: formatPrice(p.paid.amount, locale) })}</p>
            ) : due && waiting ? (
              <p className="small" data-testid="pickup-part-amount">{t('order.partDue', { amount: formatPrice(due, locale) })}</p>
            ) : null}
            {waiting && p.code && (
              <p className="small">
                {t('order.pickupCode')} <strong data-testid="pickup-part-code">{p.code}</strong>
                {p.pickupBy && p.status === 'ready_for_pickup' ? ` · ${t('order.partUntil', { date: formatDate(p.pickupBy, locale) })}` : ''}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
