import '../../i18n/accounts-text';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import { accountApi } from '../../api/account-api';
import { sessionStore } from '../../stores/session-store';
import { problemOf, takeLinkToken, type FormProblem } from './field-errors';
import './access.css';

let pending: Promise<unknown> | null = null;

/**
 * `/account/new-email#token=…`: the link mailed to a new address; the account moves to it and all
 * its sessions are signed out. Followed while signed in to that account, this page stays signed in.
 */
export function NewEmailPage() {
  const { t } = useT();
  const [state, setState] = useState<'working' | 'done' | 'doneHere' | FormProblem>('working');

  useEffect(() => {
    const token = takeLinkToken();
    if (!token) {
      if (!pending) setState({ key: 'acct.err.unknown' });
      return;
    }
    // One request even when a development re-render runs the effect twice.
    pending = accountApi.confirmEmailChange(token).then(
      (r) => {
        if (r.session) sessionStore.getState().adopt(r.session);
        setState(r.session ? 'doneHere' : 'done');
      },
      (e) => setState(problemOf(e)),
    ).finally(() => {
      pending = null;
    });
  }, []);

  return (
    <section className="page narrow access-page" data-testid="new-email-page">
      <h1>{t('acct.newEmail.title')}</h1>
      <div className="access-card" role="status">
        {state === 'working' && <p>{t('acct.newEmail.working')}</p>}
        {(state === 'done' || state === 'doneHere') && (
          <>
            <p className="notice notice--ok" data-testid="email-changed">{t(state === 'doneHere' ? 'acct.newEmail.doneHere' : 'acct.newEmail.done')}</p>
            <Link href="/account" className="btn btn--accent">{t('acct.toAccount')}</Link>
          </>
        )}
        {typeof state === 'object' && (
          <>
            <p className="error-text" data-testid="link-problem">{state.key ? t(state.key) : state.text}</p>
            <Link href="/account/security">{t('acct.newEmail.again')}</Link>
          </>
        )}
      </div>
    </section>
  );
}
