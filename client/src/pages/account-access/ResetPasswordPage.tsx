import '../../i18n/accounts-text';
import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import { sessionStore } from '../../stores/session-store';
import { AccessField } from './AccessField';
import { takeLinkToken } from './field-errors';
import { useFormProblem } from './use-form-problem';
import './access.css';

/** `/account/reset#token=…`: the mailed reset link; a new password, then signed in. */
export function ResetPasswordPage() {
  const { t } = useT();
  const [token] = useState(() => takeLinkToken());
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const p = useFormProblem(['password', 'token']);

  const submit = p.submit(async () => {
    sessionStore.getState().adopt(await accountApi.confirmReset(token ?? '', password));
    setDone(true);
  });

  const linkProblem = !token ? t('acct.err.unknown') : p.errorFor('token');
  return (
    <section className="page narrow access-page" data-testid="reset-page">
      <h1>{t('acct.reset.title')}</h1>
      {done ? (
        <div className="access-card" role="status">
          <p className="notice notice--ok" data-testid="reset-done">{t('acct.reset.done')}</p>
          <Link href="/account" className="btn btn--accent">{t('acct.toAccount')}</Link>
        </div>
      ) : linkProblem ? (
        <div className="access-card">
          <p className="error-text" role="alert" data-testid="link-problem">{linkProblem}</p>
          <Link href="/account/forgot">{t('acct.err.newLink')}</Link>
        </div>
      ) : (
        <form className="access-card" onSubmit={submit} noValidate>
          <AccessField label={t('acct.newPassword')} type="password" value={password} onValue={setPassword} autoComplete="new-password" required help={t('acct.passwordHelp')} error={p.errorFor('password')} />
          {p.general && <p className="error-text" role="alert">{p.general}</p>}
          <button type="submit" className="btn btn--accent" disabled={p.busy}>{t('acct.reset.submit')}</button>
        </form>
      )}
    </section>
  );
}
