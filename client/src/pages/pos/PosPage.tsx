import { useEffect } from 'react';
import { useSearchParams } from 'wouter';
import { useSession } from '../../stores/use-session';
import { sessionStore } from '../../stores/session-store';
import { useT } from '../../i18n/use-t';
import { LanguageSwitch } from '../../app/header/LanguageSwitch';
import { SignInForm } from '../account/SignInForm';
import { useNames } from '../../components/timeline/use-names';
import { parseHandoffCode } from './parse-handoff-code';
import { tillStore } from './till-store';
import { TillView } from './TillView';
import { PickupDesk } from './PickupDesk';
import { StockPanel } from './StockPanel';
import '../../components/status-pill.css';
import './pos.css';

const TABS = ['till', 'desk', 'stock'] as const;
type Tab = (typeof TABS)[number];

/**
 * `/pos`, the store clerk's screen: the till (a customer's cart opened by QR or code, or a walk-in
 * sale, paid on the terminal), the click-and-collect desk and the store's stock. `?code=` (the URL
 * in the customer's QR code) opens that cart at once.
 */
export function PosPage() {
  const { t } = useT();
  const user = useSession((s) => s.user);
  const [params, setParams] = useSearchParams();
  const names = useNames();
  const code = parseHandoffCode(params.get('code') ?? '');
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'till';
  const clerk = user?.role === 'clerk' && user.storeId ? user : null;

  useEffect(() => {
    if (!clerk || !code) return;
    void tillStore.getState().open(code);
    // One-time codes should not stay in the address bar (or be reopened by a reload).
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('code');
      return next;
    }, { replace: true });
  }, [clerk, code, setParams]);

  if (!clerk) {
    return (
      <main className="pos pos--gate" id="main">
        <div className="pos-gate">
          <h1>{t('pos.signInTitle')}</h1>
          {user && !user.guest && <p className="notice">{t('pos.notClerk')}</p>}
          <SignInForm hint="pos.demo" />
        </div>
      </main>
    );
  }

  const setTab = (next: Tab) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (next === 'till') q.delete('tab');
      else q.set('tab', next);
      return q;
    });

  return (
    <div className="pos" data-testid="pos" data-store={clerk.storeId}>
      <header className="pos-bar">
        <p className="pos-bar__brand">
          <strong>Vitrine</strong> · {t('pos.storeOf', { store: names.store(clerk.storeId!) })}
        </p>
        <nav className="pos-tabs" aria-label={t('pos.title')}>
          {TABS.map((x) => (
            <button key={x} type="button" aria-pressed={tab === x} onClick={() => setTab(x)} data-testid={`pos-tab-${x}`}>
              {t(x === 'till' ? 'pos.tabTill' : x === 'desk' ? 'pos.tabDesk' : 'pos.tabStock')}
            </button>
          ))}
        </nav>
        <div className="pos-bar__who">
          <span>{clerk.name}</span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={() => void sessionStore.getState().logout()}>
            {t('account.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="pos-main">
        {tab === 'till' && <TillView storeId={clerk.storeId!} />}
        {tab === 'desk' && <PickupDesk storeId={clerk.storeId!} />}
        {tab === 'stock' && <StockPanel storeId={clerk.storeId!} />}
      </main>
    </div>
  );
}
