import { Link } from 'wouter';
import { formatPrice } from '../../i18n/format';
import { linePriceOf } from '../../../../shared/pricing/line-price-of';
import { UnitPriceText } from '../../components/UnitPriceText';
import { useCart } from '../../stores/use-cart';
import { useLocale } from '../../stores/use-locale';
import type { StoreWorld } from '../../scene/store-world';
import { storeText } from '../../scene/store-messages';

/**
 * The live cart beside the 3D view (desktop and phone): the shell's cart store follows the
 * server's event stream, so a line added on another device appears here within a second.
 */
export function CartOverlay({ world, onClose }: { world: StoreWorld; onClose: () => void }) {
  const locale = useLocale();
  const cart = useCart((s) => s.cart);
  const live = useCart((s) => s.live);
  const lines = cart?.lines ?? [];
  return (
    <aside className="store-cart" aria-label={storeText(locale, 'cart')} data-testid="store-cart">
      <header className="store-cart__head">
        <h2>
          {storeText(locale, 'cart')} <span className={`store-cart__live store-cart__live--${live}`} title={live} />
        </h2>
        <button type="button" className="store-cart__close" onClick={onClose} aria-label={storeText(locale, 'close')}>
          ×
        </button>
      </header>
      {lines.length === 0 ? (
        <p className="store-cart__empty">{storeText(locale, 'cartEmpty')}</p>
      ) : (
        <ul className="store-cart__lines">
          {lines.map((l) => {
            const p = world.productById.get(l.productId);
            const variant = p?.variants.find((v) => v.id === l.variantId);
            const price = linePriceOf(l);
            return (
              <li key={l.id} data-testid="store-cart-line" data-product={l.productId}>
                <span className="store-cart__name">
                  {l.qty} × {p?.name[locale] ?? l.productId}
                  {variant && <small> · {variant.name[locale]}</small>}
                  <small>
                    {' · '}
                    <UnitPriceText unit={price.unit} was={price.was} locale={locale} wasLabel={(was) => storeText(locale, 'was', { price: was })} />
                  </small>
                </span>
                <span>{formatPrice(price.total, locale)}</span>
              </li>
            );
          })}
        </ul>
      )}
      <footer className="store-cart__foot">
        {cart && (
          <strong>
            {storeText(locale, 'total')} {formatPrice(cart.totals.total, locale)}
          </strong>
        )}
        <Link href="/cart" className="btn" data-testid="store-view-cart">
          {storeText(locale, 'viewCart')}
        </Link>
      </footer>
    </aside>
  );
}
