import { useState } from 'react';
import type { Handoff } from '../../../shared/http/api-schemas';
import { cartApi } from '../api/cart-api';
import { cartStore } from '../stores/cart-store';
import { useCart } from '../stores/use-cart';
import { useT } from '../i18n/use-t';
import { formatPrice, formatTime } from '../i18n/format';
import './till-handoff.css';
import '../i18n/my-account-text';

/**
 * "Show my cart at the till": a one-time QR code and six-character code the clerk scans or types to
 * open this cart at the till. Below it, the cart as it is right now, so the customer sees every change
 * the clerk makes on their phone.
 *
 * @example <TillHandoff />
 */
export function TillHandoff() {
  const { t, tn, locale } = useT();
  const cart = useCart((s) => s.cart);
  // The code belongs to one cart: once that cart is paid (or merged), a new cart needs a new code.
  const [made, setMade] = useState<{ cartId: string; handoff: Handoff } | null>(null);
  const handoff = made && cart && made.cartId === cart.id && cart.status === 'active' ? made.handoff : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = cart?.lines.reduce((n, l) => n + l.qty, 0) ?? 0;

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await cartStore.getState().load();
      setMade({ cartId: c.id, handoff: await cartApi.handoff(c.id) });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="till-handoff" aria-labelledby="till-handoff-title" data-testid="till-handoff">
      <h2 id="till-handoff-title">{t('handoff.title')}</h2>
      <p className="muted small">{t('handoff.help')}</p>
      {handoff ? (
        <div className="till-handoff__code">
          <img src={handoff.qr} alt="" width={168} height={168} />
          <div>
            <p className="till-handoff__chars">
              {/* Read out character by character by screen readers. */}
              <span data-testid="handoff-code" aria-hidden="true">
                {handoff.code}
              </span>
              <span className="visually-hidden">{handoff.code.split('').join(' ')}</span>
            </p>
            <p className="small muted">{t('handoff.expires', { time: formatTime(handoff.expiresAt, locale) })}</p>
            <button type="button" className="btn btn--ghost btn--small" onClick={show} disabled={busy}>
              {t('handoff.again')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn" onClick={show} disabled={busy || !count} data-testid="handoff-show">
          {t('handoff.show')}
        </button>
      )}
      {!count && <p className="small muted">{t('handoff.empty')}</p>}
      {error && <p className="error-text">{error}</p>}
      {cart && count > 0 && (
        <p className="till-handoff__live" role="status" data-testid="handoff-cart" data-version={cart.version}>
          {tn('handoff.live', count, { total: formatPrice(cart.totals.total, locale) })}
        </p>
      )}
    </section>
  );
}
