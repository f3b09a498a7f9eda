import { useState, type FormEvent } from 'react';
import { presentCard } from './sim-terminal';
import type { PickupOrder } from '../../../../shared/pos/pickup-order';
import { TEST_CARDS } from '../../../../shared/pos/payment-terminal';
import { posApi } from '../../api/pos-api';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { formatDate, formatPrice, formatTime } from '../../i18n/format';
import { useNames } from '../../components/timeline/use-names';
import { useCatalogue } from '../../stores/use-catalogue';
import { hasNothingToCollect, needsTerminal } from '../../../../shared/orders/desk-charge';
import { CancelPartForm } from './CancelPartForm';
import '../../i18n/my-account-text';

/**
 * One order at the desk: prepare it ("ready" tells the customer), then hand it over against their
 * code, or cancel this store's part when the customer never comes or changes their mind.
 */
export function PickupCard({ order }: { order: PickupOrder }) {
  const { t, tn, locale } = useT();
  const names = useNames();
  const products = useCatalogue((s) => s.products);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // This store's part still to be paid here (an order paid at pickup is charged part by part);
  // a part worth nothing here is handed over without the terminal, which refuses to charge 0.
  const due = needsTerminal(order.due);
  const nothingDue = hasNothingToCollect(order);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (isApiError(e, 'invalid') && e.body.reason === 'wrong_pickup_code') setError(t('desk.wrongCode'));
      else if (isApiError(e, 'payment_failed')) setError(t('pos.declined', { reason: String(e.body.reason ?? '') }));
      else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const handOver = (e: FormEvent) => {
    e.preventDefault();
    // A desk without a terminal of its own: the simulated terminal approves the demo card.
    void act(async () => posApi.handOver(order.id, code.trim(), due ? await presentCard(TEST_CARDS.approved) : undefined));
  };

  return (
    <li className={`pickup-card pickup-card--${order.status}`} data-testid="pickup-card" data-order-id={order.id} data-status={order.status}>
      <div className="pickup-card__head">
        <div>
          <p className="pickup-card__who">
            <span data-testid="desk-order-number">{order.number}</span> · {order.customer.name ?? t('pos.guest')}
          </p>
          <p className="small muted">
            {t('desk.placedOn', { date: `${formatDate(order.createdAt, locale)} ${formatTime(order.createdAt, locale)}` })}
          </p>
        </div>
        <span className={`status-pill status-pill--${order.status}`}>{t(`status.${order.status}`)}</span>
      </div>
      <ul className="plain pickup-card__lines">
        {order.lines.map((l) => (
          <li key={l.id}>
            <strong>{l.qty} ×</strong> {names.product(l.productId)}
            {l.variantId ? <span className="muted small"> · {products[l.productId]?.variants.find((v) => v.id === l.variantId)?.name[locale] ?? l.variantId}</span> : null}
          </li>
        ))}
      </ul>
      {order.otherLines > 0 && <p className="small muted">{tn('desk.others', order.otherLines)}</p>}
      <p className="small" data-testid="desk-amount" data-amount={(order.due ?? order.amount).amount} data-due={due ? 'true' : 'false'}>
        {order.refunded ? (
          t('desk.refunded', { amount: formatPrice(order.refunded, locale) })
        ) : nothingDue ? (
          <strong data-testid="desk-nothing-due">{t('desk.nothingToCollect')}</strong>
        ) : order.due ? (
          <strong>
            {order.otherLines > 0
              ? t('desk.duePart', { amount: formatPrice(order.due, locale), total: formatPrice(order.totals.total, locale) })
              : t('desk.due', { amount: formatPrice(order.due, locale) })}
          </strong>
        ) : (
          `${t('account.paid')} · ${formatPrice(order.amount, locale)}`
        )}
        {order.pickupBy && order.status === 'ready_for_pickup' ? ` · ${t('desk.until', { date: formatDate(order.pickupBy, locale) })}` : ''}
      </p>
      {order.status === 'placed' && (
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void act(() => posApi.markReady(order.id))} data-testid="desk-ready">
          {t('desk.ready')}
        </button>
      )}
      {order.status === 'ready_for_pickup' && (
        <form className="pickup-card__handover" onSubmit={handOver}>
          <label className="visually-hidden" htmlFor={`code-${order.id}`}>
            {t('desk.code')}
          </label>
          <input
            id={`code-${order.id}`}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('desk.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="desk-code"
          />
          <button type="submit" className="btn btn--small btn--accent" disabled={busy || !code.trim()} data-testid="desk-hand-over">
            {t('desk.handOver')}
          </button>
        </form>
      )}
      {(order.status === 'placed' || order.status === 'ready_for_pickup') && (
        <CancelPartForm busy={busy} onCancel={(body) => void act(() => posApi.cancelPart(order.id, body))} />
      )}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
