import { useT } from '../../i18n/use-t';
import type { AuditEntry } from '../../api/admin-api';
import { describeChange } from './describe-change';

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
        <table className="admin-table admin-table--inner">
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path}>
                <th scope="row"><code>{r.path}</code></th>
                <td className="audit-change__before">{r.before ?? t('admin.none')}</td>
                <td className="audit-change__after">{r.after ?? t('admin.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <pre className="audit-change__data">{data}</pre>}
    </div>
  );
}
