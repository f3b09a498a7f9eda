import { useT } from '../../i18n/use-t';
import { SignInForm } from '../account/SignInForm';
import { PasskeySignIn } from './PasskeySignIn';

/**
 * Asked when the server wants a recent sign-in before adding a passkey (`reauthentication_required`):
 * signing in again, by password or passkey, here on the security page gives a fresh session, and
 * the person carries on where they were.
 *
 * @example {refused === token && <RecentSignIn />}
 */
export function RecentSignIn() {
  const { t } = useT();
  return (
    <div className="recent-sign-in" data-testid="recent-sign-in">
      <p className="error-text" role="alert">{t('acct.passkeys.reauth')}</p>
      <SignInForm hint={null} />
      <PasskeySignIn />
    </div>
  );
}
