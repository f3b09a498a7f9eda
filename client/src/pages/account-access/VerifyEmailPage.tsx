import '../../i18n/accounts-text';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import { sessionStore } from '../../stores/session-store';
import { problemOf, takeLinkToken, type FormProblem } from './field-errors';
import './access.css';

let pending: Promise<unknown> | null = null;

/** `/account/verify#token=…`: the mailed link; creates the account and signs in. */
export function VerifyEmailPage() {
  const { t } = useT();
  const [state, setState] = useState<'working' | 'done' | FormProblem>('working');

  useEffect(() => {
    const token = takeLinkToken();
    if (!token) {
      if (!pending) setState({ key: 'acct.err.unknown' });
      return;
    }
    // One request even when a development re-render runs the effect twice.
    pending = accountApi.verifyEmail(token).then(
      (a) => {
        sessionStore.getState().adopt(a);
        setState('done');
      },
      (e) => setState(problemOf(e)),
    ).finally(() => {
      pending = null;
    });
  }, []);

  return (
    <section className="page narrow access-page" data-testid="verify-page">
      <h1>{t('acct.verify.title')}</h1>
      <div className="access-card" role="status">
        {state === 'working' && <p>{t('acct.verify.working')}</p>}
        {state === 'done' && (
          <>
            <p className="notice notice--ok" data-testid="verified">{t('acct.verify.done')}</p>
            <Link href="/account" className="btn btn--accent">{t('acct.toAccount')}</Link>
          </>
        )}
        {typeof state === 'object' && (
          <>
            <p className="error-text" data-testid="link-problem">{state.key ? t(state.key) : state.text}</p>
            <Link href="/account/sign-up">{t('acct.signUp.title')}</Link>
          </>
        )}
      </div>
    </section>
  );
}
