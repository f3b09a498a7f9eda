import { accountApi } from '../../api/account-api';
import { sessionStore } from '../../stores/session-store';
import { LinkLandingPage } from './LinkLandingPage';

async function follow(token: string) {
  sessionStore.getState().adopt(await accountApi.verifyEmail(token));
  return 'acct.verify.done' as const;
}

/** `/account/verify#token=…`: the mailed link; creates the account and signs in. */
export function VerifyEmailPage() {
  return (
    <LinkLandingPage
      testId="verify-page" title="acct.verify.title" working="acct.verify.working" follow={follow}
      doneTestId="verified" next={{ href: '/account', label: 'acct.toAccount' }} retry={{ href: '/account/sign-up', label: 'acct.signUp.title' }}
    />
  );
}
