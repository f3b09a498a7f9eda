import { Link } from 'wouter';
import { useStore } from 'zustand';
import { useSession } from '../../stores/use-session';
import { ordersStore } from './orders-store';
import { sessionStore } from '../../stores/session-store';
import { useT } from '../../i18n/use-t';
import { CustomerTimeline } from '../../components/CustomerTimeline';
import { TillHandoff } from '../../components/TillHandoff';
import '../../i18n/accounts-text';
import { SignInForm } from './SignInForm';
import { PasskeySignIn } from '../account-access/PasskeySignIn';
import { MyOrders } from './MyOrders';
import { PrivacyActions } from './PrivacyActions';
import '../../components/status-pill.css';
import './account.css';
import '../../i18n/my-account-text';

/**
 * `/account`: sign-in for guests; for customers their orders (live status, pickup codes), the code to
 * show at a till, and their journey across every channel; staff get a way to their screens.
 */
export function AccountPage() {
  const { t } = useT();
  const user = useSession((s) => s.user);
  const merged = useSession((s) => s.mergedCartId);
  const generation = useSession((s) => s.generation);
  // The journey is re-read as soon as an order moves (ready for pickup, collected...).
  const ordersKey = useStore(ordersStore, (s) => s.orders?.map((o) => `${o.id}:${o.status}`).join(',') ?? '');
  const guest = !user || user.guest;

  if (user && user.role !== 'customer') {
    const to = user.role === 'clerk' ? '/pos' : user.role === 'admin' ? '/dashboard' : user.role === 'manager' ? '/admin' : '/advisor';
    const label = user.role === 'clerk' ? 'account.toPos' : user.role === 'admin' ? 'account.toDashboard' : user.role === 'manager' ? 'account.toAdmin' : 'account.toAdvisor';
    const backOffice = user.role === 'admin' || user.role === 'manager';
    return (
      <section className="page narrow account-page">
        <h1>{t('account.title')}</h1>
        <p>{t('account.signedIn', { name: user.name ?? user.id })}</p>
        <p className="muted">{t('account.staff')}</p>
        <p className="account-page__actions">
          <Link href={to} className="btn">
            {t(label)}
          </Link>
          {backOffice && to !== '/admin' && (
            <Link href="/admin" className="btn" data-testid="to-admin">
              {t('account.toAdmin')}
            </Link>
          )}
          <button type="button" className="btn btn--ghost" onClick={() => void sessionStore.getState().logout()}>
            {t('account.signOut')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="page account-page" data-testid="account-page">
      <h1>{guest ? t('account.title') : t('account.hello', { name: user?.name ?? '' })}</h1>
      {merged && !guest && (
        <p className="notice notice--ok" role="status" data-testid="merge-notice">
          {t('account.mergedNotice')}{' '}
          <Link href="/cart">{t('header.cart')}</Link>
        </p>
      )}
      <div className="account-page__grid">
        <div className="account-page__main">
          {guest && (
            <div className="account-page__signin">
              <p className="muted">{t('account.guest')}</p>
              <SignInForm />
              <PasskeySignIn />
              <p className="account-page__links">
                <Link href="/account/sign-up" data-testid="to-sign-up">{t('acct.signUp.cta')}</Link>
                <Link href="/account/forgot" data-testid="to-forgot">{t('acct.forgot.cta')}</Link>
              </p>
            </div>
          )}
          {!guest && (
            <p>
              <Link href="/account/security" data-testid="to-security">{t('acct.security.cta')}</Link>
            </p>
          )}
          <MyOrders />
          <TillHandoff />
          {user && <PrivacyActions hasPassword={!guest} />}
        </div>
        <aside className="account-page__side">
          {/*
            Opened as the first page, there is no session yet: reading the journey then would be refused.
            A new identity (the guest session starting, a sign-in) is a new journey, read afresh.
          */}
          {user ? <CustomerTimeline key={generation} refreshMs={15_000} refreshKey={ordersKey} /> : <p className="muted">{t('app.loading')}</p>}
        </aside>
      </div>
    </section>
  );
}
