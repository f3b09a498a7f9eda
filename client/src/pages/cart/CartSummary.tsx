import type { Cart } from '../../../../shared/cart/cart';
import { formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useCheckout } from '../../stores/use-checkout';
import { checkoutStore } from '../../stores/checkout-store';
import { useState } from 'react';
import { useStore } from 'zustand';
import { appChannelStore } from '../../pwa/app-channel-store';
import { CardField, type CardToken } from './CardField';
import { checkoutDetails, checkoutFormStore, fieldErrors, useCheckoutForm, type FieldError, type FormField } from './checkout-form-store';

/** Pays with the form's contact and address once every field is right; a 422 naming a field marks it. */
async function payWithDetails(cart: Cart, card: CardToken | null, setIncomplete: (v: boolean) => void) {
  const form = checkoutFormStore.getState();
  const ships = cart.lines.some((l) => l.fulfilment.type === 'ship');
  const errors = fieldErrors(form, ships);
  form.touch('email', 'phone', ...(ships ? (['name', 'line1', 'postcode', 'city'] as const) : []));
  if (Object.keys(errors).length) {
    setIncomplete(true);
    document.getElementById(`checkout-${Object.keys(errors)[0]}`)?.focus();
    return;
  }
  setIncomplete(false);
  await checkoutStore.getState().pay('card', card?.token, checkoutDetails(form, ships));
  const err = checkoutStore.getState().error;
  const field = typeof err?.body.field === 'string' ? err.body.field : undefined;
  if (err?.code === 'invalid' && field) {
    const last = field.split('.').pop() ?? field;
    const reason = typeof err.body.reason === 'string' ? (err.body.reason as FieldError) : 'required';
    form.setServerError(last === 'shippingAddress' ? 'line1' : (last as FormField), reason);
  }
}

/** Totals with each applied promotion, and the card payment button. */
export function CartSummary({ cart }: { cart: Cart }) {
  const { t, locale } = useT();
  const status = useCheckout((s) => s.status);
  const retryable = useCheckout((s) => s.error?.retryable ?? false);
  const [card, setCard] = useState<CardToken | null>(null);
  const [incomplete, setIncomplete] = useState(false);
  const quote = useCheckoutForm((s) => (s.quote?.cartId === cart.id && s.quote.version === cart.version ? s.quote : null));
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
        {quote && (
          <>
            <div className="summary__row">
              <dt>{t('checkout.delivery')}</dt>
              <dd data-testid="checkout-delivery">{quote.totals.delivery.amount === 0 ? t('checkout.free') : formatPrice(quote.totals.delivery, locale)}</dd>
            </div>
            <div className="summary__row summary__row--total">
              <dt>{t('checkout.toPay')}</dt>
              <dd data-testid="checkout-total">{formatPrice(quote.totals.total, locale)}</dd>
            </div>
            <div className="summary__row small muted">
              <dt>{t('checkout.vat')}</dt>
              <dd data-testid="checkout-vat">{formatPrice(quote.totals.vat, locale)}</dd>
            </div>
          </>
        )}
      </dl>
      {!online && (
        <p className="notice" role="status" data-testid="pay-offline">
          {t('cart.payOffline')}
        </p>
      )}
      {online && cart.lines.length > 0 && <h3 className="summary__card-title">{t('checkout.cardTitle')}</h3>}
      {online && cart.lines.length > 0 && <CardField onToken={setCard} />}
      {online && card && <p className="small" data-testid="card-ready">{t('cart.cardReady', { brand: card.brand, last4: card.last4 })}</p>}
      {online && (
        <button
          type="button"
          className="btn btn--accent summary__pay"
          // Lines under a price notice or no longer sold are refused by checkout until the customer acts on them.
          disabled={status === 'paying' || cart.lines.length === 0 || !card || cart.lines.some((l) => l.priceChange || l.unavailable)}
          onClick={() => void payWithDetails(cart, card, setIncomplete)}
          data-testid="checkout"
        >
          {status === 'paying' ? t('cart.paying') : retryable ? t('cart.retry') : t('cart.checkout')}
        </button>
      )}
      {incomplete && (
        <p className="error-text small" role="alert" data-testid="checkout-incomplete">
          {t('checkout.fixForm')}
        </p>
      )}
    </aside>
  );
}
