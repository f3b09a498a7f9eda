import type { Cart } from '../../../../shared/cart/cart';
import { formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useCheckout } from '../../stores/use-checkout';
import { checkoutStore } from '../../stores/checkout-store';
import { useState } from 'react';
import { useStore } from 'zustand';
import { appChannelStore } from '../../pwa/app-channel-store';
import { CardField, type CardToken } from './CardField';

/** Totals with each applied promotion, and the card payment button. */
export function CartSummary({ cart }: { cart: Cart }) {
  const { t, locale } = useT();
  const status = useCheckout((s) => s.status);
  const retryable = useCheckout((s) => s.error?.retryable ?? false);
  const [card, setCard] = useState<CardToken | null>(null);
  // Offline the cart on screen is this device's guess: paying waits for the server.
  const online = useStore(appChannelStore, (s) => s.online);
  return (
    <aside className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('cart.total')}
      </h2>
      <dl>
        <div className="summary__row">
          <dt>{t('cart.items')}</dt>
          <dd>{formatPrice(cart.totals.items, locale)}</dd>
        </div>
        {cart.promotions.map((p) => (
          <div className="summary__row summary__row--promo" key={p.id}>
            <dt>{p.label[locale]}</dt>
            <dd>−{formatPrice(p.amount, locale)}</dd>
          </div>
        ))}
        {cart.totals.discount.amount > 0 && cart.promotions.length === 0 && (
          <div className="summary__row summary__row--promo">
            <dt>{t('cart.discount')}</dt>
            <dd>−{formatPrice(cart.totals.discount, locale)}</dd>
          </div>
        )}
        <div className="summary__row summary__row--total">
          <dt>{t('cart.total')}</dt>
          <dd data-testid="cart-total">{formatPrice(cart.totals.total, locale)}</dd>
        </div>
      </dl>
      {!online && (
        <p className="notice" role="status" data-testid="pay-offline">
          {t('cart.payOffline')}
        </p>
      )}
      {online && cart.lines.length > 0 && <CardField onToken={setCard} />}
      {online && card && <p className="small" data-testid="card-ready">{t('cart.cardReady', { brand: card.brand, last4: card.last4 })}</p>}
      {online && (
        <button
          type="button"
          className="btn btn--accent summary__pay"
          // Lines under a price notice or no longer sold are refused by checkout until the customer acts on them.
          disabled={status === 'paying' || cart.lines.length === 0 || !card || cart.lines.some((l) => l.priceChange || l.unavailable)}
          onClick={() => void checkoutStore.getState().pay('card', card?.token)}
          data-testid="checkout"
        >
          {status === 'paying' ? t('cart.paying') : retryable ? t('cart.retry') : t('cart.checkout')}
        </button>
      )}
    </aside>
  );
}
