import { useEffect } from 'react';
import { useStore } from 'zustand';
import { ordersStore } from './orders-store';
import { OrderCard } from './OrderCard';
import { useT } from '../../i18n/use-t';
import '../../i18n/my-account-text';

/** The customer's orders, live. */
export function MyOrders() {
  const { t } = useT();
  const orders = useStore(ordersStore, (s) => s.orders);
  const live = useStore(ordersStore, (s) => s.live);
  useEffect(() => {
    ordersStore.getState().start();
    return () => ordersStore.getState().stop();
  }, []);
  return (
    <section className="my-orders" aria-labelledby="my-orders-title" data-testid="my-orders" data-live={live}>
      <div className="my-orders__head">
        <h2 id="my-orders-title">{t('account.orders')}</h2>
        <span className={live === 'open' ? 'feed-state feed-state--on' : 'feed-state'}>
          <span className="feed-state__dot" aria-hidden="true" />
          {live === 'open' ? t('account.live') : t('cart.offline')}
        </span>
      </div>
      {!orders && <p className="muted">{t('app.loading')}</p>}
      {orders && !orders.length && <p className="muted">{t('account.noOrders')}</p>}
      <ul className="plain my-orders__list">
        {orders?.map((o) => <OrderCard key={o.id} order={o} />)}
      </ul>
    </section>
  );
}
