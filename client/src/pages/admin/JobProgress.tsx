import { useEffect } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { useT } from '../../i18n/use-t';
import type { JobWatchState } from './job-watch-store';

/**
 * A job followed live: its state, a progress bar, its messages and every error (with its row for
 * imports). Stops following when it leaves the screen.
 */
export function JobProgress({ watch, testId = 'job' }: { watch: StoreApi<JobWatchState>; testId?: string }) {
  const { t, locale } = useT();
  const job = useStore(watch, (s) => s.job);
  const jobId = useStore(watch, (s) => s.jobId);
  const error = useStore(watch, (s) => s.error);
  useEffect(() => () => watch.getState().stop(), [watch]);
  if (!jobId) return null;
  const pct = Math.round((job?.progress ?? 0) * 100);
  const state = job?.state ?? 'queued';
  return (
    <section className={`job job--${state}`} aria-labelledby={`${testId}-title`} data-testid={testId} data-state={state}>
      <h2 id={`${testId}-title`}>
        {t('job.title')} · <span data-testid={`${testId}-state`}>{t(`job.state.${state}`)}</span>
      </h2>
      <div className="job__bar">
        <progress max={100} value={pct} aria-labelledby={`${testId}-title`} />
        <span aria-hidden="true">{t('job.progress', { pct })}</span>
      </div>
      {/* Only the state is announced; the bar changes too often for a screen reader. */}
      <p className="visually-hidden" role="status">{t(`job.state.${state}`)}</p>
      {error && <p className="notice notice--error">{error}</p>}
      {job && job.messages.length > 0 && (
        <>
          <h3>{t('job.messages')}</h3>
          <ul className="job__messages" data-testid={`${testId}-messages`}>
            {job.messages.map((m, i) => <li key={i}>{job.messageTexts?.[i]?.[locale] ?? m}</li>)}
          </ul>
        </>
      )}
      {job && job.errors.length > 0 && (
        <>
          <h3>{t('job.errors')}</h3>
          <ul className="job__errors" data-testid={`${testId}-errors`}>
            {job.errors.map((e, i) => (
              <li key={i}>
                {e.row !== undefined && <strong>{t('job.row', { row: e.row })}</strong>} {e.field && <code>{e.field}</code>} {e.text?.[locale] ?? e.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
