import type { Fulfilment } from '../../../shared/cart/fulfilment';
import { fulfilmentKey } from '../../../shared/cart/fulfilment-key';
import type { Location } from '../../../shared/catalogue/location';
import { shortStoreName } from '../catalogue/stock-summary';
import { useT } from '../i18n/use-t';
// The delivery methods' names belong to the checkout's vocabulary.
import '../i18n/checkout-text';

function fulfilmentOfKey(key: string): Fulfilment {
  if (key === 'ship') return { type: 'ship' };
  if (key === 'ship:express') return { type: 'ship', method: 'express' };
  return { type: 'pickup', locationId: key.slice('pickup:'.length) };
}

/**
 * How one line reaches the customer: home delivery, the express courier, or collection at a
 * store. The cart page and the advisor console offer the same choices with the same words.
 */
export function FulfilmentSelect({ value, stores, label, onChange, testId }: { value: Fulfilment; stores: Location[]; label: string; onChange: (f: Fulfilment) => void; testId: string }) {
  const { t } = useT();
  return (
    <label className="line__fulfil">
      <span className="visually-hidden">{label}</span>
      <select value={fulfilmentKey(value)} onChange={(e) => onChange(fulfilmentOfKey(e.target.value))} data-testid={testId}>
        <option value="ship">{t('product.ship')}</option>
        <option value="ship:express">{t('checkout.method.express')}</option>
        {stores.map((s) => (
          <option key={s.id} value={`pickup:${s.id}`}>
            {t('product.pickupAt', { store: shortStoreName(s) })}
          </option>
        ))}
      </select>
    </label>
  );
}
