import '../../i18n/accounts-text';
import { useState } from 'react';
import { startAuthentication } from '@simplewebauthn/browser';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import { isApiError } from '../../api/api-error';
import { sessionStore } from '../../stores/session-store';

/** "Sign in with a passkey": the browser offers this site's passkeys; the guest cart is merged as at any sign-in. */
export function PasskeySignIn() {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      const options = await accountApi.passkeySignInOptions();
      const response = await startAuthentication({ optionsJSON: options as never });
      sessionStore.getState().adopt(await accountApi.passkeySignIn(response));
    } catch (e) {
      setError(isApiError(e) ? (e.status === 429 ? e.message : t('acct.err.passkey')) : t('acct.passkeys.cancelled'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="passkey-sign-in">
      <button type="button" className="btn" onClick={() => void go()} disabled={busy} data-testid="passkey-sign-in">
        {t('acct.passkeys.signIn')}
      </button>
      {error && <p className="error-text" role="alert">{error}</p>}
    </div>
  );
}
