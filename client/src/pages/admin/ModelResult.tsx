import { useStore, type StoreApi } from 'zustand';
import { useT } from '../../i18n/use-t';
import type { JobWatchState } from './job-watch-store';

interface ModelJobResult {
  model?: { glb?: string; usdz?: string };
  thumbnail?: string;
  report?: Record<string, unknown>;
}

const show = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** What a model upload made: the new poster, the files, the report; or why it failed. */
export function ModelResult({ watch, name }: { watch: StoreApi<JobWatchState>; name: string }) {
  const { t, locale } = useT();
  const job = useStore(watch, (s) => s.job);
  if (!job) return null;
  if (job.state === 'failed') {
    const reason = job.errors.map((e) => e.text?.[locale] ?? e.message).join(' · ') || job.messageTexts?.at(-1)?.[locale] || job.messages.at(-1) || t('app.error');
    return <p className="notice notice--error" role="alert" data-testid="model-failed">{t('mod.failed', { reason })}</p>;
  }
  if (job.state !== 'succeeded') return null;
  const r = (job.result ?? {}) as ModelJobResult;
  return (
    <div className="model-result" data-testid="model-result">
      {r.thumbnail && (
        <figure>
          {/* The poster keeps its address when replaced: the job id makes the browser fetch the new one. */}
          <img src={`${r.thumbnail}${r.thumbnail.includes('?') ? '&' : '?'}v=${job.id}`} alt={name} width={240} height={240} data-testid="model-poster" />
          <figcaption>{t('mod.poster')}</figcaption>
        </figure>
      )}
      <div>
        {r.model && (
          <>
            <h3>{t('mod.files')}</h3>
            <ul>
              {r.model.glb && <li><a href={r.model.glb}>{r.model.glb}</a></li>}
              {r.model.usdz && <li><a href={r.model.usdz}>{r.model.usdz}</a></li>}
            </ul>
          </>
        )}
        {r.report && (
          <>
            <h3>{t('mod.report')}</h3>
            <dl className="model-report" data-testid="model-report">
              {Object.entries(r.report).map(([k, v]) => (
                <div key={k}><dt>{k}</dt><dd>{show(v)}</dd></div>
              ))}
            </dl>
          </>
        )}
      </div>
    </div>
  );
}
