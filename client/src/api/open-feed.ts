import { sessionStore } from '../stores/session-store';

export type FeedState = 'connecting' | 'open' | 'retrying' | 'closed';

export interface Feed {
  close(): void;
}

/**
 * Follows a server-sent list feed (`/api/.../events`, one named event carrying the whole list).
 * EventSource reconnects by itself after a network drop; when the server refuses (error status) it
 * closes, and this reopens it with back-off, a few times, with the session's current token.
 *
 * @example const f = openFeed('/api/customers/me/orders/events', 'orders', (d) => set(d), (s) => setLive(s))
 */
export function openFeed<T>(path: string, event: string, onData: (data: T) => void, onState: (s: FeedState) => void = () => {}): Feed {
  let es: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;
  const open = () => {
    if (closed) return;
    onState(failures ? 'retrying' : 'connecting');
    const token = sessionStore.getState().token;
    es = new EventSource(`${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(token ? { token } : {})}`);
    es.addEventListener(event, (ev) => {
      failures = 0;
      try {
        onData(JSON.parse((ev as MessageEvent<string>).data) as T);
      } catch {
        /* skipped: the next event carries the whole list again */
      }
    });
    es.onopen = () => onState('open');
    es.onerror = () => {
      if (es && es.readyState !== EventSource.CLOSED) {
        onState('retrying');
        return;
      }
      es = null;
      failures++;
      if (failures > 5) {
        closed = true;
        onState('closed');
        return;
      }
      onState('retrying');
      timer = setTimeout(open, Math.min(15_000, 500 * 2 ** failures));
    };
  };
  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      es?.close();
      es = null;
    },
  };
}
