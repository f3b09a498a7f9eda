import '../../i18n/staff-text';
import { useEffect } from 'react';
import { useSearchParams } from 'wouter';
import { useSession } from '../../stores/use-session';
import { useT } from '../../i18n/use-t';
import { StaffBar } from '../../app/staff/StaffBar';
import { StaffGate } from '../../app/staff/StaffGate';
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
      <StaffGate title={t('pos.signInTitle')} hint="pos.demo">
        {user && !user.guest && <p className="notice">{t('pos.notClerk')}</p>}
      </StaffGate>
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
    <div className="staff" data-testid="pos" data-store={clerk.storeId}>
      <StaffBar
        name={clerk.name}
        brand={
          <>
            <strong>Vitrine</strong> · {t('pos.storeOf', { store: names.store(clerk.storeId!) })}
          </>
        }
      >
        <nav className="staff-tabs" aria-label={t('pos.title')}>
          {TABS.map((x) => (
            <button key={x} type="button" aria-pressed={tab === x} onClick={() => setTab(x)} data-testid={`pos-tab-${x}`}>
              {t(x === 'till' ? 'pos.tabTill' : x === 'desk' ? 'pos.tabDesk' : 'pos.tabStock')}
            </button>
          ))}
        </nav>
      </StaffBar>
      <main id="main" className="pos-main">
        {tab === 'till' && <TillView storeId={clerk.storeId!} />}
        {tab === 'desk' && <PickupDesk storeId={clerk.storeId!} />}
        {tab === 'stock' && <StockPanel storeId={clerk.storeId!} />}
      </main>
    </div>
  );
}
