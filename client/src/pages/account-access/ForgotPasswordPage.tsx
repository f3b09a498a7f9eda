import '../../i18n/accounts-text';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import { AccessField } from './AccessField';
import { CheckMail } from './CheckMail';
import { useFormProblem } from './use-form-problem';
import './access.css';

/** `/account/forgot`: asks for a reset link; the answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t, locale } = useT();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const p = useFormProblem(['email']);

  const submit = p.submit(async () => {
    await accountApi.requestReset(email, locale);
    setSentTo(email.trim());
  });

  return (
    <section className="page narrow access-page" data-testid="forgot-page">
      <h1>{t('acct.forgot.title')}</h1>
      {sentTo ? (
        <CheckMail email={sentTo} />
      ) : (
        <form className="access-card" onSubmit={submit} noValidate>
          <p className="muted">{t('acct.forgot.intro')}</p>
          <AccessField label={t('acct.email')} type="email" value={email} onValue={setEmail} autoComplete="email" required error={p.errorFor('email')} />
          {p.general && <p className="error-text" role="alert">{p.general}</p>}
          <button type="submit" className="btn btn--accent" disabled={p.busy}>{t('acct.forgot.submit')}</button>
        </form>
      )}
    </section>
  );
}
