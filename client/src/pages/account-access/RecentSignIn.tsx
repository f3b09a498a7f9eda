import { useT } from '../../i18n/use-t';
import { useSession } from '../../stores/use-session';
import { SignInForm } from '../account/SignInForm';
import { PasskeySignIn } from './PasskeySignIn';

/**
 * Asked when the server wants a recent sign-in before adding or removing a passkey
 * (`reauthentication_required`):
 * signing in again, by password or passkey, here on the security page gives a fresh session, and
 * the person carries on where they were.
 *
 * @example {refused === token && <RecentSignIn />}
 */
export function RecentSignIn() {
  const { t } = useT();
  const email = useSession((s) => s.user?.email);
  return (
    <div className="recent-sign-in" data-testid="recent-sign-in">
      <p className="error-text" role="alert">{t('acct.passkeys.reauth')}</p>
      <SignInForm hint={null} knownEmail={email} />
      <PasskeySignIn />
    </div>
  );
}
