export type StreamState = 'connecting' | 'open' | 'retrying';

export interface FollowOptions<T> {
  /** Built anew at every (re)connection, so it carries the current token and resume point. */
  url: () => string;
  /** The named server-sent event that carries the data. */
  event: string;
  onData(data: T): void;
  onState(state: StreamState): void;
  /** The server refused the stream `maxFailures` times in a row (bad token, no access, gone). */
  onGiveUp(): void;
  maxFailures: number;
}

const MAX_BACKOFF_MS = 15_000;

/**
 * Follows a server-sent event stream. The browser reconnects by itself after network drops; when
 * the server answers with an error status the EventSource closes for good, so this reopens it with
 * back-off and gives up after a few refusals. Phones freeze background tabs: coming back to the page
 * or back online reopens a dead stream at once.
 *
 * @example const stop = followEventStream({ url: () => `/api/x/events?token=${t}`, event: 'x', ... })
 */
export function followEventStream<T>(o: FollowOptions<T>): () => void {
  let es: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const open = () => {
    if (closed) return;
    o.onState(failures ? 'retrying' : 'connecting');
    es = new EventSource(o.url());
    es.addEventListener(o.event, (ev) => {
      failures = 0;
      try {
        o.onData(JSON.parse((ev as MessageEvent<string>).data) as T);
      } catch {
        /* a malformed event is skipped; the next one carries the whole state again */
      }
    });
    es.onopen = () => {
      failures = 0;
      o.onState('open');
    };
    es.onerror = () => {
      if (!es || es.readyState !== EventSource.CLOSED) {
        o.onState('retrying');
        return;
      }
      es = null;
      failures++;
      if (failures >= o.maxFailures) {
        closed = true;
        o.onGiveUp();
        return;
      }
      o.onState('retrying');
      timer = setTimeout(open, Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures));
    };
  };
  const wake = () => {
    if (document.visibilityState === 'visible' && !es && !closed) {
      clearTimeout(timer);
      open();
    }
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  open();

  return () => {
    closed = true;
    clearTimeout(timer);
    es?.close();
    es = null;
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
  };
}
