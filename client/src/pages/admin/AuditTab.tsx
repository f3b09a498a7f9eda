import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import { AUDIT_PAGE_SIZE, auditStore } from './audit-store';
import { AuditFilters } from './AuditFilters';
import { AuditRow } from './AuditRow';
import { AdminTable } from './AdminTable';
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
        <AdminTable
          label={t('audit.title')}
          variant="stack"
          testId="audit-table"
          rows={items}
          renderRow={(e) => <AuditRow key={e.id} entry={e} />}
          columns={[{ label: t('audit.colAt') }, { label: t('audit.colActor') }, { label: t('audit.colAction') }, { label: t('audit.colTarget') }, { label: t('audit.colChange') }]}
        />
      )}
      <Pager page={page} total={total} pageSize={AUDIT_PAGE_SIZE} onPage={(p) => void auditStore.getState().setQuery({ page: p })} />
    </section>
  );
}
