import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useLocale } from '../../stores/use-locale';
import { useCatalogue } from '../../stores/use-catalogue';
import { catalogueStore } from '../../stores/catalogue-store';
import { formatPrice } from '../../i18n/format';
import { CustomerTimeline } from '../../components/CustomerTimeline';
import { FulfilmentSelect } from '../../components/FulfilmentSelect';
import { UnitPriceText } from '../../components/UnitPriceText';
import { useT } from '../../i18n/use-t';
import { isTakeNow } from '../../../../shared/cart/fulfilment-key';
import { linePriceOf } from '../../../../shared/pricing/line-price-of';
import { roomStore } from '../../room/room-store';
import { SessionPanel } from '../../room/SessionPanel';
import { useRoom } from '../../room/use-room';
import { advisorStore } from './advisor-store';
import { advisorText } from './advisor-text';
import { AdvisorDelivery } from './AdvisorDelivery';
import { personName } from '../../room/room-text';

const AdvisorStoreView = lazy(() => import('./AdvisorStoreView').then((m) => ({ default: m.AdvisorStoreView })));

/**
 * The customer being served: the store view with both avatars, the tools (spotlight, laser,
 * follow me, add to their cart), their live cart and their journey, and the session panel.
 */
export function ServingView() {
  const locale = useLocale();
  const { serving, cart, laser, error } = useStore(advisorStore);
  const { t } = useT();
  const products = useCatalogue((s) => s.products);
  const locations = useCatalogue((s) => s.locations);
  const spotlight = useRoom((s) => s.view?.spotlight?.productId ?? '');
  const [productId, setProductId] = useState('');
  useEffect(() => {
    void catalogueStore.getState().loadList().catch(() => undefined);
    void catalogueStore.getState().loadLocations().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (serving?.request.context.productId) setProductId(serving.request.context.productId);
  }, [serving]);
  if (!serving) return null;
  const list = Object.values(products).sort((a, b) => a.name[locale].localeCompare(b.name[locale]));
  const chosen = productId || list[0]?.id || '';
  const name = (id: string) => products[id]?.name[locale] ?? id;
  const stores = (locations ?? []).filter((l) => l.kind === 'store');

  return (
    <section className="advisor-serving" data-testid="advisor-serving">
      <div className="advisor-serving__main">
        <h2>{advisorText(locale, 'serving', { name: personName(locale, serving.request.customer.name) })}</h2>
        <Suspense fallback={<p className="muted">…</p>}>
          <AdvisorStoreView />
        </Suspense>
        <div className="advisor-tools">
          <label className="field advisor-tools__product">
            <span>{advisorText(locale, 'product')}</span>
            <select value={chosen} onChange={(e) => setProductId(e.target.value)} data-testid="advisor-product">
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name[locale]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn--small" onClick={() => roomStore.getState().send('spotlight', { productId: chosen })} data-testid="advisor-spotlight">
            ★ {advisorText(locale, 'spotlight')}
          </button>
          <button type="button" className="btn btn--small" aria-pressed={laser} disabled={!spotlight} onClick={() => advisorStore.getState().setLaser(!laser)} data-testid="advisor-laser">
            {advisorText(locale, laser ? 'laserOff' : 'laserOn')}
          </button>
          <button type="button" className="btn btn--small" onClick={() => roomStore.getState().send('follow', {})} data-testid="advisor-follow">
            {advisorText(locale, 'follow')}
          </button>
          <button type="button" className="btn btn--accent btn--small" onClick={() => void advisorStore.getState().addToCart(chosen)} data-testid="advisor-add">
            {advisorText(locale, 'addToCart')}
          </button>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => void advisorStore.getState().release()}>
            {advisorText(locale, 'release')}
          </button>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => void advisorStore.getState().end()} data-testid="advisor-end">
            {advisorText(locale, 'end')}
          </button>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </div>
      <aside className="advisor-serving__side">
        <SessionPanel />
        <h3>{advisorText(locale, 'theirCart')}</h3>
        {cart && cart.lines.length === 0 ? (
          <p className="muted small" data-testid="advisor-cart">
            {advisorText(locale, 'noCart')}
          </p>
        ) : (
          <ul className="advisor-cart" data-testid="advisor-cart">
            {cart?.lines.map((l) => (
              <li key={l.id} data-testid="advisor-cart-line" data-product-id={l.productId}>
                {l.qty} × {name(l.productId)}{' '}
                <UnitPriceText unit={linePriceOf(l).unit} was={linePriceOf(l).was} locale={locale} wasLabel={(was) => advisorText(locale, 'was', { price: was })} />{' '}
                {l.addedBy && <span title={advisorText(locale, 'addedByStaff', { name: l.addedBy.name ?? '' })}>★</span>}
                {!isTakeNow(l.fulfilment) && (
                  <FulfilmentSelect
                    value={l.fulfilment}
                    stores={stores}
                    label={t('cart.fulfilment', { name: name(l.productId) })}
                    onChange={(f) => void advisorStore.getState().setFulfilment(l.id, f)}
                    testId="advisor-line-fulfilment"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {cart && cart.lines.length > 0 && <p className="small">{formatPrice(cart.totals.total, locale)}</p>}
        {cart && cart.lines.length > 0 && <AdvisorDelivery cartId={cart.id} version={cart.version} locations={locations ?? []} />}
        <CustomerTimeline customerId={serving.request.customer.id} refreshMs={5000} limit={8} />
      </aside>
    </section>
  );
}
