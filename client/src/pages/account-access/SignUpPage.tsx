import '../../i18n/accounts-text';
import { useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import type { Locale } from '../../../../shared/i18n-text';
import { AccessField } from './AccessField';
import { CheckMail } from './CheckMail';
import { useFormProblem } from './use-form-problem';
import './access.css';
import '../../i18n/my-account-text';

/** `/account/sign-up`: name, e-mail, password and mail language; then "check your mail". */
export function SignUpPage() {
  const { t, locale } = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const p = useFormProblem(['name', 'email', 'password', 'language']);

  const submit = p.submit(async () => {
    await accountApi.signUp({ name, email, password, language });
    setSentTo(email.trim());
  });

  return (
    <section className="page narrow access-page" data-testid="sign-up-page">
      <h1>{t('acct.signUp.title')}</h1>
      {sentTo ? (
        <CheckMail email={sentTo} />
      ) : (
        <form className="access-card" onSubmit={submit} noValidate data-testid="sign-up-form">
          <p className="muted">{t('acct.signUp.intro')}</p>
          <AccessField label={t('acct.name')} value={name} onValue={setName} autoComplete="name" required maxLength={100} error={p.errorFor('name')} />
          <AccessField label={t('acct.email')} type="email" value={email} onValue={setEmail} autoComplete="email" required error={p.errorFor('email')} />
          <AccessField label={t('acct.password')} type="password" value={password} onValue={setPassword} autoComplete="new-password" required help={t('acct.passwordHelp')} error={p.errorFor('password')} />
          <div className="field">
            <label htmlFor="sign-up-language">{t('acct.language')}</label>
            <select id="sign-up-language" value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
              <option value="fr">{t('acct.language.fr')}</option>
              <option value="en">{t('acct.language.en')}</option>
            </select>
          </div>
          {p.general && <p className="error-text" role="alert">{p.general}</p>}
          <button type="submit" className="btn btn--accent" disabled={p.busy}>{t('acct.signUp.submit')}</button>
          <p className="small"><Link href="/account">{t('account.signIn')}</Link></p>
        </form>
      )}
    </section>
  );
}
