import { useId, useState, type FormEvent } from 'react';
import { sessionStore } from '../../stores/session-store';
import { isApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import '../../i18n/my-account-text';

/**
 * Email and password sign-in, shared by the account page, the till and the dashboard. Signing in
 * from a guest session merges the guest cart into the account's (the page says so).
 *
 * @example <SignInForm hint="pos.demo" /> // hint={null}: no demo accounts listed
 */
export function SignInForm({ hint = 'account.demo', onDone, knownEmail = '' }: {
  hint?: MessageKey | null;
  onDone?: () => void;
  /** The address of the account asked to sign in again, filled in so only the password is typed. */
  knownEmail?: string;
}) {
  const { t } = useT();
  const id = useId();
  const [email, setEmail] = useState(knownEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await sessionStore.getState().login(email, password);
      onDone?.();
    } catch (err) {
      setError(isApiError(err, 'unauthorized') ? t('account.bad') : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in" onSubmit={submit} data-testid="sign-in">
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('account.email')}</label>
        <input id={`${id}-email`} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('account.password')}</label>
        <input id={`${id}-password`} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn--accent" disabled={busy}>
        {t('account.signIn')}
      </button>
      {hint && <p className="muted small">{t(hint)}</p>}
    </form>
  );
}
