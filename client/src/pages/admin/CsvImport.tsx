import { useId, useRef } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { useT } from '../../i18n/use-t';
import { canApply, type ImportState } from './import-store';
import { ImportPreview } from './ImportPreview';
import { JobProgress } from './JobProgress';

/**
 * Choose a CSV file, see what it would change (dry run), apply it and follow the job. Apply stays
 * disabled while any row is wrong.
 */
export function CsvImport({ store, title, help }: { store: StoreApi<ImportState>; title: string; help: string }) {
  const { t } = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const s = useStore(store);
  const kind = s.kind;
  const applicable = canApply(s);
  return (
    <section className="admin-card" aria-labelledby={`${id}-title`} data-testid={`import-${kind}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('imp.file')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-help`}
          data-testid={`import-${kind}-file`}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await store.getState().choose(file.name, await file.text());
          }}
        />
        <p className="small muted" id={`${id}-help`}>{help}</p>
      </div>
      {s.status === 'checking' && <p className="muted" role="status">{t('imp.checking')}</p>}
      {s.error && <p className="notice notice--error" role="alert">{s.error}</p>}
      {s.dryRun && s.fileName && <ImportPreview dryRun={s.dryRun} fileName={s.fileName} />}
      {s.dryRun && s.status !== 'applied' && (
        <p className="import__actions">
          <button
            type="button"
            className="btn btn--accent"
            disabled={!applicable}
            aria-describedby={applicable ? undefined : `${id}-blocked`}
            onClick={() => void store.getState().apply()}
            data-testid={`import-${kind}-apply`}
          >
            {s.status === 'applying' ? t('imp.applying') : t('imp.apply')}
          </button>
          {!applicable && s.dryRun.errors.length > 0 && (
            <span className="small muted" id={`${id}-blocked`}>{t('imp.blocked')}</span>
          )}
        </p>
      )}
      <JobProgress watch={s.job} testId={`import-${kind}-job`} />
    </section>
  );
}
