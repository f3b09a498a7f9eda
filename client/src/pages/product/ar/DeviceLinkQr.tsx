import { useState } from 'react';
import { authApi, type DeviceLink } from '../../../api/auth-api';
import { sessionStore } from '../../../stores/session-store';
import { formatTime } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';

/**
 * A QR code that opens this product on a phone, signed in as the same customer (so what is added
 * in AR there lands in this cart). Made on demand: each code is a one-time sign-in link.
 */
export function DeviceLinkQr({ productId }: { productId: string }) {
  const { t, locale } = useT();
  const [link, setLink] = useState<DeviceLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      await sessionStore.getState().start();
      setLink(await authApi.deviceLink(`/p/${encodeURIComponent(productId)}?ar=1`));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="qr" data-testid="ar-qr">
      <h3 className="qr__title">{t('ar.qrTitle')}</h3>
      {link ? (
        <div className="qr__body">
          <img src={link.qr} alt={link.url} width={160} height={160} data-testid="ar-qr-image" />
          <div>
            <p>{t('ar.qrHelp')}</p>
            <p className="muted small">{t('ar.qrExpires', { time: formatTime(link.expiresAt, locale) })}</p>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn--ghost btn--small" onClick={make} disabled={busy} data-testid="ar-qr-make">
          {t('ar.qrMake')}
        </button>
      )}
      {error && <p className="error-text small">{error}</p>}
    </div>
  );
}
