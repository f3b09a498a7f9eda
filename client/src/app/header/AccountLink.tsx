import { Link } from 'wouter';
import { useSession } from '../../stores/use-session';
import { sessionStore } from '../../stores/session-store';
import { useT } from '../../i18n/use-t';

/** "Sign in" for guests; the customer's name and "Sign out" once signed in. */
export function AccountLink() {
  const { t } = useT();
  const user = useSession((s) => s.user);
  if (!user || user.guest) {
    return (
      <Link href="/account" className="nav-link">
        {t('header.signIn')}
      </Link>
    );
  }
  return (
    <span className="account">
      <Link href="/account" className="nav-link" title={t('header.account')}>
        {user.name ?? t('header.account')}
      </Link>
      <button type="button" className="link-button" onClick={() => void sessionStore.getState().logout()}>
        {t('header.signOut')}
      </button>
    </span>
  );
}
