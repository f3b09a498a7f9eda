import { isTakeNow } from '../../../../shared/cart/fulfilment-key';
import type { TillCheckoutResponse } from '../../../../shared/pos/till-api';
import { useT } from '../../i18n/use-t';
import { formatPrice } from '../../i18n/format';
import { useNames } from '../../components/timeline/use-names';
import { tillStore } from './till-store';

/** After an approved payment: what left the shelf now, what waits for a later pickup, what ships. */
export function TillReceipt({ receipt, storeId }: { receipt: TillCheckoutResponse; storeId: string }) {
  const { t, locale } = useT();
  const names = useNames();
  const { order, payment } = receipt;
  const now = order.lines.filter((l) => l.handedOverAt);
  const later = order.lines.filter((l) => !l.handedOverAt && l.fulfilment.type === 'pickup');
  const ship = order.lines.filter((l) => l.fulfilment.type === 'ship');
  const list = (lines: typeof order.lines) => (
    <ul className="plain receipt__lines">
      {lines.map((l) => (
        <li key={l.id}>
          {names.product(l.productId)} × {l.qty}
          {l.fulfilment.type === 'pickup' && l.fulfilment.locationId !== storeId && !isTakeNow(l.fulfilment) ? ` · ${names.store(l.fulfilment.locationId)}` : ''}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="receipt" data-testid="till-receipt" data-order={order.id} data-status={order.status} aria-live="polite">
      <p className="notice notice--ok terminal-result terminal-result--approved" data-testid="terminal-approved">
        {t('pos.approved', { amount: formatPrice(payment.amount, locale), last4: payment.last4 })}
      </p>
      <h1 data-testid="till-order-number">{t('pos.orderDone', { id: order.number })}</h1>
      <span className={`status-pill status-pill--${order.status}`}>{t(`status.${order.status}`)}</span>
      {now.length > 0 && (
        <>
          <h2>{t('pos.handedNow')}</h2>
          {list(now)}
        </>
      )}
      {later.length > 0 && (
        <>
          <h2>{t('pos.toCollect', { code: order.pickupCode ?? '' })}</h2>
          {list(later)}
        </>
      )}
      {ship.length > 0 && (
        <>
          <h2>{t('pos.toShip')}</h2>
          {list(ship)}
        </>
      )}
      <p className="receipt__total">
        <strong>{t('cart.total')}</strong> {formatPrice(order.totals.total, locale)}
      </p>
      <button type="button" className="btn" onClick={() => tillStore.getState().close()} data-testid="till-next">
        {t('pos.nextSale')}
      </button>
    </section>
  );
}
