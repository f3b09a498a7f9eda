import { useEffect, useState } from 'react';
import type { ShippingAddress } from '../../../../shared/delivery/delivery-schemas';
import { orderApi } from '../../api/order-api';
import { useSession } from '../../stores/use-session';
import { useT } from '../../i18n/use-t';
import { checkoutFormStore } from './checkout-form-store';

/** For a signed-in customer: the addresses their orders went to, each filling the form in one tap. */
export function SavedAddresses() {
  const { t } = useT();
  const userId = useSession((s) => (s.user && !s.user.guest ? s.user.id : null));
  const [items, setItems] = useState<ShippingAddress[]>([]);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    orderApi.savedAddresses().then((r) => live && setItems(r.items), () => undefined);
    return () => {
      live = false;
    };
  }, [userId]);
  if (!userId || !items.length) return null;
  const use = (a: ShippingAddress) => {
    const form = checkoutFormStore.getState();
    for (const f of ['name', 'line1', 'line2', 'postcode', 'city', 'country'] as const) form.set(f, a[f] ?? '');
  };
  return (
    <div className="saved-addresses" data-testid="saved-addresses">
      <p className="small">{t('checkout.saved')}</p>
      <ul className="plain">
        {items.map((a) => {
          const text = [a.name, a.line1, a.line2, `${a.postcode} ${a.city}`].filter(Boolean).join(', ');
          return (
            <li key={text}>
              <button type="button" className="btn btn--small btn--ghost" onClick={() => use(a)} data-testid="saved-address">
                {text}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
