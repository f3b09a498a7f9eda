import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { formatDate, formatTime } from '../../i18n/format';
import type { AuditEntry } from '../../api/admin-api';
import { AuditChange } from './AuditChange';

/** One audit entry as a table row; its before/after opens in a full-width row under it. */
export function AuditRow({ entry: e }: { entry: AuditEntry }) {
  const { t, locale } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <tr data-testid="audit-row">
        <td data-label={t('audit.colAt')}>
          <time dateTime={e.at}>{formatDate(e.at, locale)} {formatTime(e.at, locale)}</time>
        </td>
        <td data-label={t('audit.colActor')}>
          {e.actorId ?? '—'}
          {e.actorRole && <span className="admin-table__sub">{e.actorRole}</span>}
        </td>
        <td data-label={t('audit.colAction')}><code>{e.action}</code></td>
        <td data-label={t('audit.colTarget')}>
          {e.targetType}
          {e.targetId && <span className="admin-table__sub">{e.targetId}</span>}
        </td>
        <td>
          <button type="button" className="admin-table__open" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} data-testid="audit-show">
            {t('audit.show')}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="audit-detail" id={id}>
          <td colSpan={5}>
            <AuditChange entry={e} />
          </td>
        </tr>
      )}
    </>
  );
}
