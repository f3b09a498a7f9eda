import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { AUDIT_PAGE_SIZE, auditStore } from './audit-store';
import { AuditFilters } from './AuditFilters';
import { AuditRow } from './AuditRow';
import { Pager } from './Pager';

/** The audit log: who changed what and when, filtered, by pages, before/after readable. */
export function AuditTab() {
  const { t, tn } = useT();
  const items = useStore(auditStore, (s) => s.items);
  const total = useStore(auditStore, (s) => s.total);
  const page = useStore(auditStore, (s) => s.query.page);
  const status = useStore(auditStore, (s) => s.status);
  const error = useStore(auditStore, (s) => s.error);
  useEffect(() => void auditStore.getState().load(), []);
  return (
    <section className="admin-section" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <AuditFilters />
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <p className="muted small" role="status" data-testid="audit-count">
        {status === 'loading' ? t('app.loading') : tn('audit.total', total)}
      </p>
      {status === 'ready' && items.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {items.length > 0 && (
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--stack" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.colAt')}</th>
                <th scope="col">{t('audit.colActor')}</th>
                <th scope="col">{t('audit.colAction')}</th>
                <th scope="col">{t('audit.colTarget')}</th>
                <th scope="col">{t('audit.colChange')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => <AuditRow key={e.id} entry={e} />)}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={AUDIT_PAGE_SIZE} onPage={(p) => void auditStore.getState().setQuery({ page: p })} />
    </section>
  );
}
