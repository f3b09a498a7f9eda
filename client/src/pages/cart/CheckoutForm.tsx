import { useEffect, useState } from 'react';
import type { Cart } from '../../../../shared/cart/cart';
import type { Product } from '../../../../shared/catalogue/product';
import type { Location } from '../../../../shared/catalogue/location';
import type { DeliveryGroup } from '../../../../shared/delivery/delivery-schemas';
import { cartStore } from '../../stores/cart-store';
import { shortStoreName } from '../../catalogue/stock-summary';
import { useT } from '../../i18n/use-t';
import { CheckoutField } from './CheckoutField';
import { SavedAddresses } from './SavedAddresses';
import { checkoutFormStore, useCheckoutForm } from './checkout-form-store';
import { feeText, methodText, promiseText } from './delivery-text';

/** How long typing may pause before the quote is asked again (ms). */
const QUOTE_DELAY = 300;

/**
 * The checkout form under the cart's lines: contact, each group of lines with its delivery, fee
 * and promised date (from the server's quote), and the address when anything ships.
 */
export function CheckoutForm({ cart, products, locations }: { cart: Cart; products: Record<string, Product | undefined>; locations: Location[] }) {
  const { t, tn, locale } = useT();
  const quote = useCheckoutForm((s) => s.quote);
  const postcode = useCheckoutForm((s) => s.address.postcode);
  const city = useCheckoutForm((s) => s.address.city);
  const ships = cart.lines.some((l) => l.fulfilment.type === 'ship');
  const [switching, setSwitching] = useState(false);

  useEffect(() => {
    // Asked again when the cart changes or the customer types where it goes.
    const timer = setTimeout(() => void checkoutFormStore.getState().refreshQuote(cart.id, [cart.version, postcode, city]), QUOTE_DELAY);
    return () => clearTimeout(timer);
  }, [cart.id, cart.version, postcode, city]);

  const storeName = (id?: string) => {
    const l = locations.find((x) => x.id === id);
    return l ? shortStoreName(l) : '';
  };
  const methodLabel = (g: Pick<DeliveryGroup, 'method' | 'locationId'>) => methodText(g, t, storeName);
  const fee = (g: Pick<DeliveryGroup, 'fee'>) => feeText(g, { t, locale });
  const choose = async (g: DeliveryGroup, method: 'standard' | 'express') => {
    setSwitching(true);
    try {
      await cartStore.getState().send(g.lineIds.map((lineId) => ({ type: 'setFulfilment' as const, lineId, fulfilment: method === 'express' ? { type: 'ship' as const, method } : { type: 'ship' as const } })));
    } catch {
      // The line shows the refusal (stock) on its own; the choice stays as it was.
    } finally {
      setSwitching(false);
    }
  };
  // A quote for another version of the cart is not shown: its groups may no longer exist.
  const current = quote && quote.cartId === cart.id && quote.version === cart.version ? quote : null;

  return (
    <div className="checkout" data-testid="checkout-form">
      <section className="checkout__section" aria-labelledby="checkout-contact">
        <h2 id="checkout-contact">{t('checkout.contactTitle')}</h2>
        <div className="checkout__grid">
          <CheckoutField field="email" label="checkout.email" ships={ships} type="email" autoComplete="email" inputMode="email" />
          <CheckoutField field="phone" label="checkout.phone" ships={ships} type="tel" autoComplete="tel" inputMode="tel" />
        </div>
      </section>

      <section className="checkout__section" aria-labelledby="checkout-delivery" aria-busy={!current || switching}>
        <h2 id="checkout-delivery">{t('checkout.deliveryTitle')}</h2>
        <ul className="plain delivery-groups">
          {(current?.groups ?? []).map((g) => {
            const problem = current?.problems.find((p) => p.key === g.key && p.reason !== 'address_needed');
            const names = g.lineIds.map((id) => cart.lines.find((l) => l.id === id)).flatMap((l) => (l ? [products[l.productId]?.name[locale] ?? l.productId] : []));
            const count = g.lineIds.reduce((n, id) => n + (cart.lines.find((l) => l.id === id)?.qty ?? 0), 0);
            return (
              <li key={g.key} className="delivery-group" data-testid="delivery-group" data-method={g.method} data-location={g.locationId ?? ''}>
                <div className="delivery-group__head">
                  <strong>
                    {methodLabel(g)}
                    {g.method === 'express' && g.locationId ? ` ${t('checkout.expressFrom', { store: storeName(g.locationId) })}` : ''}
                  </strong>
                  <span data-testid="delivery-fee">{fee(g)}</span>
                </div>
                <p className="small muted">
                  {tn('checkout.groupItems', count)} · {names.join(', ')}
                </p>
                <p className="small" data-testid="delivery-promise">
                  {promiseText(g, { t, locale })}
                </p>
                {g.options && (
                  <fieldset className="delivery-group__choice">
                    <legend className="visually-hidden">{t('checkout.deliveryTitle')}</legend>
                    {g.options.map((o) => (
                      <label key={o.method} className={o.available || o.method === g.method ? 'choice' : 'choice choice--off'}>
                        <input
                          type="radio"
                          name={`method-${g.key}`}
                          checked={o.method === g.method}
                          disabled={switching || (!o.available && o.method !== g.method)}
                          onChange={() => void choose(g, o.method)}
                          data-testid={`delivery-${o.method}`}
                        />
                        <span>
                          {t(`checkout.method.${o.method}`)} · {fee(o)}
                        </span>
                      </label>
                    ))}
                  </fieldset>
                )}
                {problem && (
                  <p className="error-text small" role="alert" data-testid="delivery-problem">
                    {t(`checkout.err.${problem.reason}`)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {ships && current && <p className="small muted">{t('checkout.expressWhere', { cities: current.expressCities.join(', ') })}</p>}
        {ships && <p className="small muted">{t('checkout.deliveryRules')}</p>}
      </section>

      {ships && (
        <section className="checkout__section" aria-labelledby="checkout-address">
          <h2 id="checkout-address">{t('checkout.addressTitle')}</h2>
          <SavedAddresses />
          <div className="checkout__grid">
            <CheckoutField field="name" label="checkout.name" ships={ships} autoComplete="shipping name" />
            <CheckoutField field="line1" label="checkout.line1" ships={ships} autoComplete="shipping address-line1" />
            <CheckoutField field="line2" label="checkout.line2" ships={ships} autoComplete="shipping address-line2" />
            <CheckoutField field="postcode" label="checkout.postcode" ships={ships} autoComplete="shipping postal-code" inputMode="numeric" />
            <CheckoutField field="city" label="checkout.city" ships={ships} autoComplete="shipping address-level2" />
            <div className="field">
              <label htmlFor="checkout-country">{t('checkout.country')}</label>
              <select id="checkout-country" value="FR" disabled autoComplete="shipping country">
                <option value="FR">{t('checkout.france')}</option>
              </select>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
