import { useState } from 'react';
import type { Cart } from '../../../../shared/cart/cart';
import { checkoutBlockers } from '../../../../shared/cart/reconcile-line-prices';
import { cartStore } from '../../stores/cart-store';
import { useT } from '../../i18n/use-t';

/**
 * What stands between the cart and payment after the merchant changed the catalogue: prices the
 * customer has not accepted yet (one button accepts them all) and items no longer sold.
 */
export function PriceNotices({ cart }: { cart: Cart }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const { priceChanged, unavailable } = checkoutBlockers(cart.lines);
  if (!priceChanged.length && !unavailable.length) return null;
  const accept = async () => {
    setError(null);
    try {
      await cartStore.getState().send([{ type: 'acceptPrices' }]);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="cart__notices" data-testid="cart-price-notices">
      {priceChanged.length > 0 && (
        <p className="notice" role="status">
          {t('cart.pricesChangedTitle')}{' '}
          <button type="button" className="btn btn--small" onClick={() => void accept()} data-testid="accept-prices">
            {t('cart.acceptPrices')}
          </button>
        </p>
      )}
      {unavailable.length > 0 && (
        <p className="notice notice--error" role="status">
          {t('cart.unavailableTitle')}
        </p>
      )}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
