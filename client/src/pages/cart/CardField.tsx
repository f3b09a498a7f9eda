import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';

export interface CardToken {
  token: string;
  brand: string;
  last4: string;
}

/**
 * The payment provider's card field, embedded as its own page: the card number is typed there and
 * never reaches this app, which only receives the provider's one-time token.
 */
export function CardField({ onToken }: { onToken: (card: CardToken) => void }) {
  const { t, locale } = useT();
  useEffect(() => {
    const listen = (e: MessageEvent) => {
      if (e.origin !== location.origin || e.data?.type !== 'sim-payment-token' || typeof e.data.token !== 'string') return;
      onToken({ token: e.data.token, brand: String(e.data.brand), last4: String(e.data.last4) });
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [onToken]);
  return (
    <iframe
      className="summary__card"
      title={t('cart.cardFrame')}
      src={`/pay/sim/card?lang=${locale}`}
      data-testid="card-frame"
      style={{ width: '100%', height: 150, border: '1px solid #ccc', borderRadius: 6 }}
    />
  );
}
