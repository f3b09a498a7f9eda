import type { Order } from '../../../../shared/orders/order';
import { useT } from '../../i18n/use-t';
import { formatDate } from '../../i18n/format';
import { useNames } from '../../components/timeline/use-names';

/** An order collected at several stores: each store's part with its state and, while it waits, its own code. */
export function PickupParts({ order }: { order: Order }) {
  const { t, locale } = useT();
  const names = useNames();
  const parts = order.pickups ?? [];
  if (parts.length < 2) return null;
  return (
    <ul className="plain pickup-parts" aria-label={t('order.parts')} data-testid="pickup-parts">
      {parts.map((p) => {
        const waiting = p.status === 'placed' || p.status === 'ready_for_pickup';
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
