import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocale } from '../../stores/use-locale';
import { apiRequest } from '../../api/api-client';
import { roomStore } from '../../room/room-store';
import { SessionPanel } from '../../room/SessionPanel';
import { useRoom } from '../../room/use-room';
import { advisorText, advisorWord } from './advisor-text';
import { roomText } from '../../room/room-text';

const AdvisorStoreView = lazy(() => import('./AdvisorStoreView').then((m) => ({ default: m.AdvisorStoreView })));

interface SessionView { id: string; kind: string; status: string; title: string; joinPath: string; startsAt?: string }

/**
 * Group events (a collection launch): create one, share its invite link, host it (admit, mute,
 * hand the floor, remove, end: the session panel's host controls), and the booked consultations'
 * sessions.
 */
export function EventsPanel() {
  const locale = useLocale();
  const [sessions, setSessions] = useState<SessionView[]>([]);
  const [title, setTitle] = useState('');
  const [hostAdmits, setHostAdmits] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const target = useRoom((s) => s.target);
  const status = useRoom((s) => s.status);
  const reload = useCallback(() => apiRequest<{ items: SessionView[] }>('/sessions/mine').then((r) => setSessions(r.items)), []);
  useEffect(() => {
    void reload().catch((e) => setError((e as Error).message));
  }, [reload]);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await apiRequest('/sessions', { method: 'POST', body: { kind: 'event', title, admission: hostAdmits ? 'host' : 'open' } });
      setTitle('');
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const hosting = target?.kind === 'session' && status !== 'idle';
  return (
    <section className="advisor-events" data-testid="advisor-events">
      <div>
        <form onSubmit={create} className="advisor-form">
          <h2>{advisorText(locale, 'newEvent')}</h2>
          <label className="field">
            <span>{advisorText(locale, 'eventTitle')}</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
          </label>
          <label className="room-check">
            <input type="checkbox" checked={hostAdmits} onChange={(e) => setHostAdmits(e.target.checked)} /> {advisorText(locale, 'admission')}
          </label>
          <button className="btn btn--accent" type="submit">
            {advisorText(locale, 'create')}
          </button>
          {error && <p className="error-text">{error}</p>}
        </form>
        <h2>{advisorText(locale, 'mySessions')}</h2>
        <ul>
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>{s.kind === 'help' ? roomText(locale, 'helpSession') : s.title}</strong> · {advisorWord(locale, 'kind_', s.kind, 'none')} · {advisorWord(locale, 'session_', s.status, 'none')}
              {s.status === 'open' && (
                <>
                  {' '}
                  <button type="button" className="btn btn--small" onClick={() => void roomStore.getState().joinSession(s.id)}>
                    {advisorText(locale, 'join')}
                  </button>
                  {s.joinPath.includes('invite=') && (
                    <input className="advisor-link" readOnly value={`${location.origin}${s.joinPath}`} aria-label={advisorText(locale, 'link')} onFocus={(e) => e.target.select()} />
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      {hosting && (
        <div className="advisor-events__live">
          <Suspense fallback={null}>
            <AdvisorStoreView />
          </Suspense>
          <SessionPanel onLeave={() => void roomStore.getState().leave().then(reload)} />
        </div>
      )}
    </section>
  );
}
