import '../../i18n/back-office-text';
import { useSearchParams, Link } from 'wouter';
import { useSession } from '../../stores/use-session';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { StaffBar } from '../../app/staff/StaffBar';
import { StaffGate } from '../../app/staff/StaffGate';
import { useNames } from '../../components/timeline/use-names';
import { pickTab, tabsFor, type AdminTab } from './admin-tabs';
import { ProductsTab } from './ProductsTab';
import { PromotionsTab } from './PromotionsTab';
import { ImportTab } from './ImportTab';
import { ModelsTab } from './ModelsTab';
import { StockTab } from './StockTab';
import { StaffTab } from './StaffTab';
import { AuditTab } from './AuditTab';
import { OutboxTab } from './OutboxTab';
import { LayoutTab } from './layout/LayoutTab';
import './admin.css';

/**
 * `/admin`, the back office: products, promotions, CSV import and export, 3D models, stock, staff,
 * the audit log and the store layout. Admins see everything; a store manager sees the catalogue read-only and
 * their own store's stock, staff and layout. The tab lives in `?tab=`.
 */
export function AdminPage() {
  const { t } = useT();
  const user = useSession((s) => s.user);
  const [params, setParams] = useSearchParams();
  const names = useNames();
  const tabs = user && !user.guest ? tabsFor(user.role) : [];

  if (!user || tabs.length === 0) {
    return (
      <StaffGate title={t('admin.title')} hint="admin.demo">
        {user && !user.guest && (
          <p className="notice" role="alert">
            {t('admin.notAllowed')}
          </p>
        )}
      </StaffGate>
    );
  }

  const tab = pickTab(user.role, params.get('tab'));
  const admin = user.role === 'admin';
  const setTab = (next: AdminTab) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      q.set('tab', next);
      q.delete('product');
      return q;
    });

  return (
    <div className="staff admin" data-testid="admin" data-role={user.role}>
      <StaffBar
        name={user.name}
        brand={
          <>
            <Link href="/">Vitrine</Link> · {t('admin.title')}
            {user.storeId && !admin ? ` · ${names.store(user.storeId)}` : ''}
          </>
        }
      />
      <nav className="admin-tabs" aria-label={t('admin.sections')}>
        <ul>
          {tabs.map((x) => (
            <li key={x}>
              <a
                href={`/admin?tab=${x}`}
                aria-current={tab === x ? 'page' : undefined}
                data-testid={`admin-tab-${x}`}
                onClick={(e) => {
                  e.preventDefault();
                  setTab(x);
                }}
              >
                {t(`admin.tab.${x}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="admin-main">
        {tab === 'products' && <ProductsTab readOnly={!admin} />}
        {tab === 'promotions' && admin && <PromotionsTab />}
        {tab === 'import' && admin && <ImportTab />}
        {tab === 'models' && admin && <ModelsTab />}
        {tab === 'stock' && <StockTab storeId={admin ? undefined : user.storeId} />}
        {tab === 'staff' && <StaffTab admin={admin} storeId={user.storeId} />}
        {tab === 'audit' && admin && <AuditTab />}
        {tab === 'layout' && <LayoutTab />}
        {tab === 'outbox' && admin && <OutboxTab />}
      </main>
    </div>
  );
}
