import '../../i18n/accounts-text';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { startRegistration } from '@simplewebauthn/browser';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../stores/use-session';
import { sessionStore } from '../../stores/session-store';
import { accountApi } from '../../api/account-api';
import { isApiError } from '../../api/api-error';
import type { Passkey } from '../../../../shared/http/account-schemas';
import { AccessField } from './AccessField';
import { RecentSignIn } from './RecentSignIn';
import { useFormProblem } from './use-form-problem';
import './access.css';
import '../../i18n/my-account-text';

/** `/account/security`: change the password or the address, manage passkeys, sign out everywhere. */
export function SecurityPage() {
  const { t } = useT();
  const user = useSession((s) => s.user);
  if (!user || user.guest) {
    return (
      <section className="page narrow access-page" data-testid="security-page">
        <h1>{t('acct.security.title')}</h1>
        <p className="access-card">{t('acct.guestOnly')} <Link href="/account">{t('account.signIn')}</Link></p>
      </section>
    );
  }
  return (
    <section className="page narrow access-page" data-testid="security-page">
      <h1>{t('acct.security.title')}</h1>
      <ChangePassword />
      <ChangeEmail />
      <Passkeys />
      <SignOutEverywhere />
    </section>
  );
}

function ChangePassword() {
  const { t } = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const p = useFormProblem(['currentPassword', 'newPassword']);
  const submit = p.submit(async () => {
    setDone(false);
    sessionStore.getState().adopt(await accountApi.changePassword(current, next));
    setCurrent('');
    setNext('');
    setDone(true);
  });
  return (
    <form className="access-card" onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('acct.security.password')}</h2>
      <AccessField label={t('acct.currentPassword')} type="password" value={current} onValue={setCurrent} autoComplete="current-password" required error={p.errorFor('currentPassword')} />
      <AccessField label={t('acct.newPassword')} type="password" value={next} onValue={setNext} autoComplete="new-password" required help={t('acct.passwordHelp')} error={p.errorFor('newPassword')} />
      {p.general && <p className="error-text" role="alert">{p.general}</p>}
      {done && <p className="notice notice--ok" role="status">{t('acct.security.changed')}</p>}
      <button type="submit" className="btn btn--accent" disabled={p.busy}>{t('acct.security.password')}</button>
    </form>
  );
}

function ChangeEmail() {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState(false);
  const p = useFormProblem(['newEmail', 'currentPassword']);
  const submit = p.submit(async () => {
    setSent(false);
    await accountApi.changeEmail(email, password);
    setPassword('');
    setSent(true);
  });
  return (
    <form className="access-card" onSubmit={submit} noValidate aria-labelledby="change-email-title" data-testid="change-email">
      <h2 id="change-email-title">{t('acct.email.title')}</h2>
      <p className="muted">{t('acct.email.intro')}</p>
      <AccessField label={t('acct.email.new')} type="email" value={email} onValue={setEmail} autoComplete="email" required error={p.errorFor('newEmail')} />
      <AccessField label={t('acct.currentPassword')} type="password" value={password} onValue={setPassword} autoComplete="current-password" required error={p.errorFor('currentPassword')} />
      {p.general && <p className="error-text" role="alert">{p.general}</p>}
      {sent && <p className="notice notice--ok" role="status">{t('acct.email.sent')}</p>}
      <button type="submit" className="btn btn--accent" disabled={p.busy}>{t('acct.email.title')}</button>
    </form>
  );
}

function Passkeys() {
  const { t, locale } = useT();
  const [items, setItems] = useState<Passkey[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // The token the server found too old to add a passkey with: signing in again replaces it.
  const token = useSession((s) => s.token);
  const [tooOld, setTooOld] = useState<string | null>(null);
  const load = useCallback(() => accountApi.passkeys().then((r) => setItems(r.items), () => setItems([])), []);
  useEffect(() => void load(), [load]);
  const add = async () => {
    setBusy(true);
    setNote(null);
    setTooOld(null);
    try {
      const options = await accountApi.passkeyRegistrationOptions();
      const response = await startRegistration({ optionsJSON: options as never });
      await accountApi.addPasskey(response);
      setNote({ ok: true, text: t('acct.passkeys.added') });
      await load();
    } catch (e) {
      if (isApiError(e, 'reauthentication_required')) setTooOld(sessionStore.getState().token);
      else setNote({ ok: false, text: isApiError(e) ? t('acct.err.passkey') : t('acct.passkeys.cancelled') });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    setNote(null);
    setTooOld(null);
    try {
      await accountApi.removePasskey(id);
      setNote({ ok: true, text: t('acct.passkeys.removed') });
    } catch (e) {
      if (isApiError(e, 'reauthentication_required')) setTooOld(sessionStore.getState().token);
      else setNote({ ok: false, text: t('acct.err.passkeyRemove') });
    }
    await load();
  };
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
  return (
    <div className="access-card" data-testid="passkeys">
      <h2>{t('acct.passkeys.title')}</h2>
      <p className="muted">{t('acct.passkeys.intro')}</p>
      {items && items.length === 0 && <p className="muted">{t('acct.passkeys.none')}</p>}
      {items && items.length > 0 && (
        <ul className="access-list">
          {items.map((k) => (
            <li key={k.id} data-testid="passkey-item">
              <span>{t('acct.passkeys.item', { date: date(k.createdAt) })}</span>
              <button type="button" className="btn btn--ghost" onClick={() => void remove(k.id)}>{t('acct.passkeys.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {note && <p className={note.ok ? 'notice notice--ok' : 'error-text'} role="status">{note.text}</p>}
      {tooOld !== null && tooOld !== token && <p className="notice notice--ok" role="status" data-testid="signed-in-again">{t('acct.passkeys.reauthDone')}</p>}
      {tooOld !== null && tooOld === token
        ? <RecentSignIn />
        : <button type="button" className="btn" onClick={() => void add()} disabled={busy} data-testid="add-passkey">{t('acct.passkeys.add')}</button>}
    </div>
  );
}

function SignOutEverywhere() {
  const { t } = useT();
  const [, navigate] = useLocation();
  const go = async () => {
    await accountApi.logoutEverywhere().catch(() => undefined);
    await sessionStore.getState().logout();
    navigate('/account');
  };
  return (
    <div className="access-card">
      <h2>{t('acct.everywhere.title')}</h2>
      <p className="muted">{t('acct.everywhere.intro')}</p>
      <button type="button" className="btn" onClick={() => void go()} data-testid="sign-out-everywhere">{t('acct.everywhere.submit')}</button>
    </div>
  );
}
