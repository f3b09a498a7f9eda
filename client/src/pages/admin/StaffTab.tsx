import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { useNames } from '../../components/timeline/use-names';
import type { Role } from '../../../../shared/auth/role';
import { staffStore } from './staff-store';
import { StaffForm } from './StaffForm';

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
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--stack" data-testid="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.colName')}</th>
                <th scope="col">{t('staff.colRole')}</th>
                <th scope="col">{t('staff.colState')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id} data-testid="staff-row" data-email={m.email} data-active={m.active}>
                  <th scope="row">
                    {m.name}
                    <span className="admin-table__sub">{m.email}</span>
                  </th>
                  <td data-label={t('staff.colRole')}>
                    {t(`role.${m.role as Role}`)}
                    {m.storeId && <span className="admin-table__sub">{names.store(m.storeId)}</span>}
                  </td>
                  <td>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffForm admin={admin} storeId={storeId} />
    </section>
  );
}
