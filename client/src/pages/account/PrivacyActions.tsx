import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { apiRequest } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { apiErrorText } from '../../api/api-error-text';
import { sessionStore } from '../../stores/session-store';
import '../../i18n/privacy-text';

/** "Download my data" and "Delete my account" (with a confirmation step and the password) on `/account`. */
export function PrivacyActions({ hasPassword }: { hasPassword: boolean }) {
  const { t, locale } = useT();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setProblem(null);
    try {
      const data = await apiRequest<unknown>('/customers/me/data');
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'vitrine-my-data.json';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setProblem(t('privacy.failed'));
    }
  };

  const erase = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await apiRequest('/customers/me/erase', { method: 'POST', body: hasPassword ? { password } : {}, renewOn401: false });
      setConfirming(false);
      await sessionStore.getState().logout().catch(() => undefined);
    } catch (err) {
      setProblem(err instanceof ApiError ? apiErrorText(locale, err.code) : t('privacy.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="account-page__privacy" data-testid="privacy-actions">
      <p className="account-page__actions">
        <button type="button" className="btn btn--ghost" data-testid="download-data" onClick={() => void download()}>{t('privacy.download')}</button>
        <button type="button" className="btn btn--ghost" data-testid="delete-account" onClick={() => setConfirming(true)}>{t('privacy.delete')}</button>
        <Link href="/privacy">{t('footer.privacy')}</Link>
      </p>
      {confirming && (
        <form className="account-page__erase" onSubmit={(e) => void erase(e)} data-testid="erase-form">
          <h2>{t('privacy.delete.confirmTitle')}</h2>
          <p>{t('privacy.delete.explain')}</p>
          {hasPassword && (
            <label>
              {t('privacy.delete.password')}
              <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} data-testid="erase-password" />
            </label>
          )}
          <p className="account-page__actions">
            <button type="submit" className="btn" disabled={busy} data-testid="erase-confirm">{t('privacy.delete.confirm')}</button>
            <button type="button" className="btn btn--ghost" onClick={() => setConfirming(false)}>{t('privacy.delete.cancel')}</button>
          </p>
        </form>
      )}
      {problem && <p className="notice" role="alert" data-testid="privacy-problem">{problem}</p>}
    </div>
  );
}
