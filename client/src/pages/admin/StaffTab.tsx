import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { useNames } from '../../components/timeline/use-names';
import type { Role } from '../../../../shared/auth/role';
import { staffStore } from './staff-store';
import { StaffForm } from './StaffForm';
import { AdminTable } from './AdminTable';

/** The staff accounts (a manager: their store's advisors and clerks), create, deactivate, reactivate. */
export function StaffTab({ admin, storeId }: { admin: boolean; storeId?: string }) {
  const { t } = useT();
  const names = useNames();
  const items = useStore(staffStore, (s) => s.items);
  const status = useStore(staffStore, (s) => s.status);
  const error = useStore(staffStore, (s) => s.error);
  useEffect(() => void staffStore.getState().load(), []);
  return (
    <section className="admin-section" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff.title')}</h1>
      <p className="small muted">{t('staff.deactivateHelp')}</p>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {status === 'loading' && items.length === 0 && <p className="muted">{t('app.loading')}</p>}
      {status === 'ready' && items.length === 0 && <p className="muted">{t('staff.empty')}</p>}
      {items.length > 0 && (
        <AdminTable
          label={t('staff.title')}
          variant="stack"
          testId="staff-table"
          rows={items}
          rowKey={(m) => m.id}
          rowData={(m) => ({ 'data-testid': 'staff-row', 'data-email': m.email, 'data-active': m.active })}
          columns={[
            {
              label: t('staff.colName'),
              rowHeader: true,
              cell: (m) => (
                <>
                  {m.name}
                  <span className="admin-table__sub">{m.email}</span>
                </>
              ),
            },
            {
              label: t('staff.colRole'),
              stackLabel: true,
              cell: (m) => (
                <>
                  {t(`role.${m.role as Role}`)}
                  {m.storeId && <span className="admin-table__sub">{names.store(m.storeId)}</span>}
                </>
              ),
            },
            {
              label: t('staff.colState'),
              cell: (m) => (
                <div className="admin-table__state">
                  <span className={`admin-pill admin-pill--${m.active ? 'published' : 'draft'}`}>{t(m.active ? 'staff.active' : 'staff.inactive')}</span>
                  <button
                    type="button"
                    className="btn btn--small btn--ghost"
                    aria-label={t(m.active ? 'staff.deactivateNamed' : 'staff.reactivateNamed', { name: m.name })}
                    onClick={() => void staffStore.getState().setActive(m.id, !m.active)}
                    data-testid="staff-toggle"
                  >
                    {t(m.active ? 'staff.deactivate' : 'staff.reactivate')}
                  </button>
                </div>
              ),
            },
          ]}
        />
      )}
      <StaffForm admin={admin} storeId={storeId} />
    </section>
  );
}
