import { useEffect, useState } from 'react';
import type { DeliveryQuote } from '../../../../shared/delivery/delivery-schemas';
import { orderApi } from '../../api/order-api';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { formatPrice } from '../../i18n/format';
import { CustomerTimeline } from '../../components/CustomerTimeline';
import { useNames } from '../../components/timeline/use-names';
import { tillStore, type TillNotice } from './till-store';
import { shelfStore } from './shelf-store';
import { OpenCartForm } from './OpenCartForm';
import { TillLine } from './TillLine';
import { TillAddProduct } from './TillAddProduct';
import { TillTerminal } from './TillTerminal';
import { TillReceipt } from './TillReceipt';
import '../../i18n/my-account-text';

function Notice({ notice }: { notice: TillNotice }) {
  const { t } = useT();
  const names = useNames();
  if (notice.kind === 'conflict') return <p className="notice" role="alert">{t('pos.conflict')}</p>;
  if (notice.kind === 'short') {
    return (
      <p className="notice notice--error" role="alert">
        {notice.lines.map((l) => t('pos.short', { name: names.product(l.productId), n: l.available })).join(' ')}
      </p>
    );
  }
  if (notice.kind === 'declined') {
    const key = `pos.reason.${notice.reason}` as const;
    const reason = ['card_declined', 'insufficient_funds', 'invalid_card', 'amount_over_limit', 'invalid_amount', 'payment_required'].includes(notice.reason)
      ? t(key as 'pos.reason.card_declined')
      : notice.reason;
    return (
      <p className="notice notice--error terminal-result terminal-result--declined" role="alert" data-testid="terminal-declined">
        {t('pos.declined', { reason })}
      </p>
    );
  }
  return <p className="notice notice--error" role="alert">{notice.message}</p>;
}

/** The till: open a cart, work on it with the customer (live on their phone), take payment, hand over. */
export function TillView({ storeId }: { storeId: string }) {
  const { t, tn, locale } = useT();
  const cart = useStore(tillStore, (s) => s.cart);
  const customer = useStore(tillStore, (s) => s.customer);
  const live = useStore(tillStore, (s) => s.live);
  const notice = useStore(tillStore, (s) => s.notice);
  const receipt = useStore(tillStore, (s) => s.receipt);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new receipt is a trigger: the sale changed the shelf's stock, read it again.
  useEffect(() => {
    void shelfStore.getState().load(storeId).catch(() => undefined);
  }, [storeId, receipt]);

  if (receipt) return <TillReceipt receipt={receipt} storeId={storeId} />;

  if (!cart) {
    return (
      <section className="till till--empty" aria-labelledby="till-title">
        <h1 id="till-title">{t('pos.title')}</h1>
        {notice && <Notice notice={notice} />}
        <OpenCartForm />
      </section>
    );
  }

  const count = cart.lines.reduce((n, l) => n + l.qty, 0);
  return (
    <section className="till" aria-labelledby="till-title" data-testid="till-cart" data-cart-version={cart.version}>
      <div className="till__main">
        <div className="till__head">
          <div>
            <h1 id="till-title" className="till__customer" data-testid="till-customer">
              {customer?.name ?? t('pos.guest')}
            </h1>
            {customer && customer.orders > 0 && (
              <p className="muted small">{tn('pos.history', customer.orders, { spent: formatPrice(customer.spent, locale) })}</p>
            )}
          </div>
          <div className="till__head-side">
            <span className={live === 'open' ? 'feed-state feed-state--on' : 'feed-state'} data-testid="till-live">
              <span className="feed-state__dot" aria-hidden="true" />
              {live === 'open' ? t('pos.live') : t('pos.reconnecting')}
            </span>
            <button type="button" className="btn btn--ghost btn--small" onClick={() => tillStore.getState().close()}>
              {t('pos.close')}
            </button>
          </div>
        </div>
        {notice && <Notice notice={notice} />}
        {cart.status !== 'active' ? (
          <p className="notice">{t('pos.checkedOut')}</p>
        ) : (
          <>
            {cart.lines.length === 0 && <p className="muted">{t('pos.empty')}</p>}
            <ul className="plain till__lines">
              {cart.lines.map((l) => (
                <TillLine key={l.id} line={l} storeId={storeId} />
              ))}
            </ul>
            <TillAddProduct storeId={storeId} />
          </>
        )}
      </div>
      <aside className="till__side">
        <TillTotals cartId={cart.id} version={cart.version} ships={cart.lines.some((l) => l.fulfilment.type === 'ship')}>
        <dl className="till__totals" data-testid="till-totals">
          <div>
            <dt>{tn('account.lines', count)}</dt>
            <dd>{formatPrice(cart.totals.items, locale)}</dd>
          </div>
          {cart.promotions.map((p) => (
            <div key={p.id} className="till__promo">
              <dt>{p.label[locale]}</dt>
              <dd>−{formatPrice(p.amount, locale)}</dd>
            </div>
          ))}
          <div className="till__total">
            <dt>{t('cart.total')}</dt>
            <dd data-testid="till-total">{formatPrice(cart.totals.total, locale)}</dd>
          </div>
        </dl>
        </TillTotals>
        <CustomerTimeline customerId={cart.customerId} refreshMs={10_000} limit={6} refreshKey={cart.version} />
      </aside>
    </section>
  );
}

/**
 * The till's totals, plus, when lines go home, the delivery fee the server quotes (the same
 * rules and fee as the web checkout) and the amount the terminal will take.
 */
function TillTotals({ cartId, version, ships, children }: { cartId: string; version: number; ships: boolean; children: React.ReactNode }) {
  const { t, locale } = useT();
  const cart = useStore(tillStore, (s) => s.cart);
  const [quote, setQuote] = useState<DeliveryQuote | null>(null);
  useEffect(() => {
    if (!ships) return;
    let live = true;
    // Asked again at each version of the cart.
    orderApi.deliveryQuote(cartId, {}).then((q) => live && q.version === version && setQuote(q), () => undefined);
    return () => {
      live = false;
    };
  }, [cartId, version, ships]);
  const current = ships && quote?.cartId === cartId && quote.version === version ? quote : null;
  return (
    <>
      {children}
      {current && current.totals.delivery.amount > 0 && (
        <dl className="till__totals">
          <div>
            <dt>{t('pos.delivery')}</dt>
            <dd data-testid="till-delivery">{formatPrice(current.totals.delivery, locale)}</dd>
          </div>
          <div className="till__total">
            <dt>{t('pos.toPay')}</dt>
            <dd data-testid="till-to-pay">{formatPrice(current.totals.total, locale)}</dd>
          </div>
        </dl>
      )}
      {cart?.status === 'active' && <TillTerminal total={current?.totals.total ?? cart.totals.total} disabled={!cart.lines.length} />}
    </>
  );
}
