import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { useCart } from '../../stores/use-cart';
import { useCatalogue } from '../../stores/use-catalogue';
import { useCheckout } from '../../stores/use-checkout';
import { catalogueStore } from '../../stores/catalogue-store';
import { checkoutStore } from '../../stores/checkout-store';
import { shortStoreName } from '../../catalogue/stock-summary';
import { useT } from '../../i18n/use-t';
import { CartLineItem } from './CartLineItem';
import { CartSummary } from './CartSummary';
import { OrderConfirmation } from './OrderConfirmation';
import { PriceNotices } from './PriceNotices';
import { CheckoutForm } from './CheckoutForm';
import '../../i18n/checkout-text';
import './cart.css';

interface ShortLine {
  lineId: string;
  productId: string;
  locationId: string;
  requested: number;
  available: number;
}

/** `/cart`: the live cart (changes from other devices appear within the second), totals and card checkout. */
export function CartPage() {
  const { t } = useT();
  const cart = useCart((s) => s.cart);
  const status = useCart((s) => s.status);
  const live = useCart((s) => s.live);
  const products = useCatalogue((s) => s.products);
  const locations = useCatalogue((s) => s.locations);
  const order = useCheckout((s) => s.order);
  const error = useCheckout((s) => s.error);

  const ids = useMemo(() => [...new Set(cart?.lines.map((l) => l.productId) ?? [])].sort().join(','), [cart]);
  useEffect(() => {
    const c = catalogueStore.getState();
    void c.loadLocations().catch(() => undefined);
    for (const id of ids.split(',').filter(Boolean)) void c.loadProduct(id).catch(() => undefined);
  }, [ids]);
  useEffect(() => () => {
    if (checkoutStore.getState().status !== 'paying') checkoutStore.getState().reset();
  }, []);

  if (order) return <OrderConfirmation order={order} />;

  const stores = (locations ?? []).filter((l) => l.kind === 'store');
  const shortLines = error?.code === 'insufficient_stock' ? ((error.body.lines as ShortLine[] | undefined) ?? []) : [];
  const placeName = (id: string) => {
    const l = locations?.find((x) => x.id === id);
    return l ? shortStoreName(l) : id;
  };
  const short = new Map(shortLines.map((s) => [s.lineId, { available: s.available, locationName: placeName(s.locationId) }]));

  return (
    <section className="page cart" data-testid="cart-page" data-cart-version={cart?.version}>
      <div className="cart__head">
        <h1>{t('cart.title')}</h1>
        <p className={live === 'open' ? 'live live--on' : 'live'} role="status" data-testid="cart-live">
          <span className="live__dot" aria-hidden="true" />
          {live === 'open' ? t('cart.live') : t('cart.offline')}
        </p>
      </div>
      {error && !['price_changed', 'unavailable_lines'].includes(error.code) && (
        <div className="notice notice--error" role="alert" data-testid="checkout-error">
          {error.code === 'insufficient_stock' ? t('cart.shortTitle') : error.code === 'version_conflict' ? t('cart.conflict') : error.message}
        </div>
      )}
      {cart && <PriceNotices cart={cart} />}
      {!cart && status !== 'error' && <p className="muted">{t('app.loading')}</p>}
      {cart && cart.lines.length === 0 && (
        <div className="cart__empty">
          <p>{t('cart.empty')}</p>
          <Link href="/" className="btn">
            {t('cart.continue')}
          </Link>
        </div>
      )}
      {cart && cart.lines.length > 0 && (
        <div className="cart__layout">
          <div className="cart__main">
            <ul className="plain cart__lines">
              {cart.lines.map((l) => (
                <CartLineItem key={l.id} line={l} product={products[l.productId]} stores={stores} short={short.get(l.id)} />
              ))}
            </ul>
            <CheckoutForm cart={cart} products={products} locations={locations ?? []} />
          </div>
          <CartSummary cart={cart} />
        </div>
      )}
    </section>
  );
}
