import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { auditStore } from './audit-store';
import { FormField } from './FormField';

const EMPTY = { actorId: '', action: '', targetType: '', targetId: '', from: '', to: '' };

/** Actor, action, target and date range of the audit log, applied with "Filter". */
export function AuditFilters() {
  const { t } = useT();
  const [f, setF] = useState(() => ({ ...EMPTY, ...auditStore.getState().query, page: undefined }));
  const set = (k: keyof typeof EMPTY) => (v: string) => setF({ ...f, [k]: v });
  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    const q = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, f[k as keyof typeof EMPTY]?.trim() || undefined]));
    void auditStore.getState().setQuery(q);
  };
  return (
    <form className="admin-card admin-filters admin-filters--audit" onSubmit={apply} aria-label={t('audit.filters')}>
      <FormField label={t('audit.actor')} value={f.actorId ?? ''} onValue={set('actorId')} testId="audit-actor" />
      <FormField label={t('audit.action')} value={f.action ?? ''} onValue={set('action')} testId="audit-action" />
      <FormField label={t('audit.targetType')} value={f.targetType ?? ''} onValue={set('targetType')} />
      <FormField label={t('audit.targetId')} value={f.targetId ?? ''} onValue={set('targetId')} />
      <FormField label={t('audit.from')} type="date" value={f.from ?? ''} onValue={set('from')} />
      <FormField label={t('audit.to')} type="date" value={f.to ?? ''} onValue={set('to')} />
      <p className="admin-actions">
        <button type="submit" className="btn" data-testid="audit-filter">{t('audit.filter')}</button>
        <button
          type="button"
          className="btn btn--ghost"
          onClick={() => {
            setF({ ...EMPTY, page: undefined });
            void auditStore.getState().setQuery({ ...EMPTY });
          }}
        >
          {t('audit.clear')}
        </button>
      </p>
    </form>
  );
}
