import { isApiError } from '../../api/api-error';
import { accountApi } from '../../api/account-api';
import { problemOf, type FormProblem } from './field-errors';
import { LinkLandingPage } from './LinkLandingPage';

async function follow(token: string) {
  // A session of this account on this device was signed out with the others: its next request
  // is refused and renewed as a guest, as after any other sign-out elsewhere.
  await accountApi.undoEmailChange(token);
  return 'acct.undo.done' as const;
}

/** The old address now has another account: said plainly, since asking for a new link would not help. */
function refusal(e: unknown): FormProblem {
  return isApiError(e) && e.status === 409 ? { key: 'acct.undo.taken' } : problemOf(e);
}

/**
 * `/account/email-undo#token=…`: the "it wasn't me" link mailed to the address an account left.
 * The account gets that address back and is signed out everywhere; the new password is chosen
 * from the mail that then goes to that address.
 */
export function UndoEmailChangePage() {
  return (
    <LinkLandingPage
      testId="email-undo-page" title="acct.undo.title" working="acct.undo.working" follow={follow} refusal={refusal}
      doneTestId="email-restored" retry={{ href: '/account/forgot', label: 'acct.undo.forgot' }}
    />
  );
}
