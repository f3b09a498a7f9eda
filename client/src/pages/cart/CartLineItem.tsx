import { useState } from 'react';
import { Link } from 'wouter';
import type { Line } from '../../../../shared/cart/cart';
import type { CartCommand } from '../../../../shared/cart/cart-command';
import type { Product } from '../../../../shared/catalogue/product';
import type { Location } from '../../../../shared/catalogue/location';
import { isTakeNow } from '../../../../shared/cart/fulfilment-key';
import { multiplyMoney } from '../../../../shared/money-math';
import { linePriceOf } from '../../../../shared/pricing/line-price-of';
import { cartStore } from '../../stores/cart-store';
import { isApiError } from '../../api/api-error';
import { shortStoreName } from '../../catalogue/stock-summary';
import { FulfilmentSelect } from '../../components/FulfilmentSelect';
import { QtyStepper } from '../../components/QtyStepper';
import { UnitPriceText } from '../../components/UnitPriceText';
import { formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** One cart line: poster, variant, quantity, ship or pick up, remove; errors stay on the line they concern. */
export function CartLineItem({ line, product, stores, short }: { line: Line; product: Product | undefined; stores: Location[]; short?: { available: number; locationName: string } }) {
  const { t, locale } = useT();
  const [error, setError] = useState<string | null>(null);
  const name = product?.name[locale] ?? line.productId;
  const variant = product?.variants.find((v) => v.id === line.variantId);
  const price = linePriceOf(line);

  const run = async (cmd: CartCommand[]) => {
    setError(null);
    try {
      await cartStore.getState().send(cmd);
    } catch (e) {
      const lines = isApiError(e, 'insufficient_stock') ? (e.body.lines as { available: number }[] | undefined) : undefined;
      const available = lines?.[0]?.available;
      setError(available !== undefined ? t('product.insufficient', { n: available }) : (e as Error).message);
    }
  };
  const storeName = (id: string) => {
    const s = stores.find((x) => x.id === id);
    return s ? shortStoreName(s) : id;
  };

  return (
    <li className="line" data-testid="cart-line" data-product-id={line.productId}>
      <Link href={`/p/${line.productId}${line.variantId ? `?v=${line.variantId}` : ''}`} className="line__media" tabIndex={-1} aria-hidden="true">
        {product && <img src={product.thumbnail} alt="" width={96} height={96} loading="lazy" />}
      </Link>
      <div className="line__main">
        <Link href={`/p/${line.productId}${line.variantId ? `?v=${line.variantId}` : ''}`} className="line__name">
          {name}
        </Link>
        {variant && (
          <p className="line__variant">
            <span className="line__swatch" style={{ background: variant.swatch }} aria-hidden="true" /> {variant.name[locale]}
          </p>
        )}
        {line.addedBy && <p className="line__by">{t('cart.addedBy', { name: line.addedBy.name ?? line.addedBy.role })}</p>}
        <div className="line__controls">
          <QtyStepper value={line.qty} label={t('cart.qty', { name })} onChange={(n) => void run([{ type: 'setQty', lineId: line.id, qty: n }])} testId="line-qty" />
          {isTakeNow(line.fulfilment) ? (
            // Set by the store's clerk at the till (the customer is standing there): shown, not offered.
            <p className="line__fulfil line__fulfil--now" data-testid="line-fulfilment-now" data-location={line.fulfilment.locationId}>
              {t('cart.takeNowAt', { store: storeName(line.fulfilment.locationId) })}
            </p>
          ) : (
            <FulfilmentSelect
              value={line.fulfilment}
              stores={stores}
              label={t('cart.fulfilment', { name })}
              onChange={(f) => void run([{ type: 'setFulfilment', lineId: line.id, fulfilment: f }])}
              testId="line-fulfilment"
            />
          )}
          <button type="button" className="link-button" onClick={() => void run([{ type: 'removeLine', lineId: line.id }])} aria-label={t('cart.removeLabel', { name })}>
            {t('cart.remove')}
          </button>
        </div>
        {line.priceChange && !line.unavailable && (
          <p className="notice line__notice" role="status" data-testid="line-price-changed">
            {t('cart.priceChanged', { from: formatPrice(line.priceChange.from, locale), to: formatPrice(line.priceChange.to, locale) })}{' '}
            <button type="button" className="btn btn--small btn--ghost" onClick={() => void run([{ type: 'acceptPrices', lineIds: [line.id] }])}>
              {t('cart.acceptPrice')}
            </button>
          </p>
        )}
        {line.unavailable && (
          <p className="notice notice--error line__notice" data-testid="line-unavailable">
            {t('cart.unavailable')}{' '}
            <button type="button" className="btn btn--small btn--ghost" onClick={() => void run([{ type: 'removeLine', lineId: line.id }])}>
              {t('cart.remove')}
            </button>
          </p>
        )}
        {short && (
          <p className="notice notice--error line__short">
            {t('cart.short', { name, available: short.available, location: short.locationName, requested: line.qty })}{' '}
            <button type="button" className="btn btn--small btn--ghost" onClick={() => void run(short.available > 0 ? [{ type: 'setQty', lineId: line.id, qty: short.available }] : [{ type: 'removeLine', lineId: line.id }])}>
              {short.available > 0 ? t('cart.fixQty', { n: short.available }) : t('cart.remove')}
            </button>
          </p>
        )}
        {error && (
          <p className="error-text small" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className={line.unavailable ? 'line__price line__price--gone' : 'line__price'}>
        {line.priceChange && !line.unavailable && <s className="muted small">{formatPrice(multiplyMoney(line.priceChange.from, line.qty), locale)}</s>}
        <strong data-testid="line-total">{formatPrice(price.total, locale)}</strong>
        <span className="muted small">
          <UnitPriceText unit={price.unit} was={price.was} locale={locale} wasLabel={(was) => t('product.was', { price: was })} />
          {line.qty > 1 && ` × ${line.qty}`}
        </span>
      </div>
    </li>
  );
}
