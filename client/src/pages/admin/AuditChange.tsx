import { useT } from '../../i18n/use-t';
import type { AuditEntry } from '../../api/admin-api';
import { describeChange } from './describe-change';
import { AdminTable } from './AdminTable';

/** An audit entry's before and after, field by field, and its extra data. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useT();
  const rows = describeChange(entry.before, entry.after);
  const data = entry.data && typeof entry.data === 'object' && Object.keys(entry.data).length > 0 ? JSON.stringify(entry.data, null, 1) : null;
  return (
    <div className="audit-change" data-testid="audit-change">
      {rows.length === 0 ? (
        <p className="small muted">{t('audit.noChange')}</p>
      ) : (
        <AdminTable
          label={t('audit.changeTable')}
          variant="inner"
          rows={rows}
          rowKey={(r) => r.path}
          columns={[
            { label: t('audit.field'), rowHeader: true, cell: (r) => <code>{r.path}</code> },
            { label: t('audit.before'), className: 'audit-change__before', cell: (r) => r.before ?? t('admin.none') },
            { label: t('audit.after'), className: 'audit-change__after', cell: (r) => r.after ?? t('admin.none') },
          ]}
        />
      )}
      {data && <pre className="audit-change__data">{data}</pre>}
    </div>
  );
}
