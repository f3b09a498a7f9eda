import { useEffect, useState } from 'react';
import type { Location } from '../../../../shared/catalogue/location';
import type { DeliveryQuote } from '../../../../shared/delivery/delivery-schemas';
import { orderApi } from '../../api/order-api';
import { shortStoreName } from '../../catalogue/stock-summary';
import { formatPrice } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { feeText, methodText, promiseText } from '../cart/delivery-text';
import { advisorText } from './advisor-text';

/**
 * What the served customer's cart will cost delivered as chosen, and when it arrives: the server's
 * quote, the same rules and fees as the cart page and the till. Asked again at each cart version.
 */
export function AdvisorDelivery({ cartId, version, locations }: { cartId: string; version: number; locations: Location[] }) {
  const { t, locale } = useT();
  const [quote, setQuote] = useState<DeliveryQuote | null>(null);
  useEffect(() => {
    let live = true;
    orderApi.deliveryQuote(cartId, {}).then((q) => live && q.version === version && setQuote(q), () => undefined);
    return () => {
      live = false;
    };
  }, [cartId, version]);
  const current = quote?.cartId === cartId && quote.version === version ? quote : null;
  if (!current || current.groups.length === 0) return null;
  const storeName = (id?: string) => {
    const l = locations.find((x) => x.id === id);
    return l ? shortStoreName(l) : '';
  };
  return (
    <div className="advisor-delivery" data-testid="advisor-delivery">
      <ul className="advisor-delivery__groups">
        {current.groups.map((g) => (
          <li key={g.key} data-testid="advisor-delivery-group" data-method={g.method}>
            <strong>{methodText(g, t, storeName)}</strong> · <span data-testid="advisor-delivery-fee">{feeText(g, { t, locale })}</span>
            <br />
            <span className="muted small">{promiseText(g, { t, locale })}</span>
          </li>
        ))}
      </ul>
      <p className="small">
        {advisorText(locale, 'totalWithDelivery')} <strong data-testid="advisor-delivery-total">{formatPrice(current.totals.total, locale)}</strong>
      </p>
    </div>
  );
}
