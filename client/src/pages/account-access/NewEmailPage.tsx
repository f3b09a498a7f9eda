import { accountApi } from '../../api/account-api';
import { sessionStore } from '../../stores/session-store';
import { LinkLandingPage } from './LinkLandingPage';

async function follow(token: string) {
  const r = await accountApi.confirmEmailChange(token);
  if (r.session) sessionStore.getState().adopt(r.session);
  return r.session ? 'acct.newEmail.doneHere' as const : 'acct.newEmail.done' as const;
}

/**
 * `/account/new-email#token=…`: the link mailed to a new address; the account moves to it and all
 * its sessions are signed out. Followed while signed in to that account, this page stays signed in.
 */
export function NewEmailPage() {
  return (
    <LinkLandingPage
      testId="new-email-page" title="acct.newEmail.title" working="acct.newEmail.working" follow={follow}
      doneTestId="email-changed" next={{ href: '/account', label: 'acct.toAccount' }} retry={{ href: '/account/security', label: 'acct.newEmail.again' }}
    />
  );
}
