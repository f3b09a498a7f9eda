import type { DisplayPrice } from '../../../shared/pricing/unit-price';
import { formatPrice } from '../i18n/format';
import { useT } from '../i18n/use-t';

/** Today's price, with the former price struck through and the percentage when a promotion applies. */
export function PriceTag({ price, size = 'md' }: { price: DisplayPrice; size?: 'md' | 'lg' }) {
  const { t, locale } = useT();
  return (
    <p className={`price price--${size}`} data-testid="price" data-amount={price.price.amount}>
      <span className={price.was ? 'price__now price__now--promo' : 'price__now'}>{formatPrice(price.price, locale)}</span>
      {price.was && (
        <>
          <s className="price__was" aria-hidden="true">
            {formatPrice(price.was, locale)}
          </s>
          <span className="visually-hidden">{t('product.was', { price: formatPrice(price.was, locale) })}</span>
          <span className="price__pct">−{price.percent} %</span>
        </>
      )}
    </p>
  );
}
