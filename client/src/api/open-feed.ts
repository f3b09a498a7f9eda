import { sessionStore } from '../stores/session-store';
import { followSharedEventStream } from './shared-event-stream';

export type FeedState = 'connecting' | 'open' | 'retrying' | 'closed';

export interface Feed {
  close(): void;
}

/**
 * Follows a server-sent list feed (`/api/.../events`, one named event carrying the whole list),
 * with the session's current token at every reconnection.
 *
 * @example const f = openFeed('/api/customers/me/orders/events', 'orders', (d) => set(d), (s) => setLive(s))
 */
export function openFeed<T>(path: string, event: string, onData: (data: T) => void, onState: (s: FeedState) => void = () => {}): Feed {
  // Shared by the tabs of one person (`me` paths answer for whoever is signed in).
  const close = followSharedEventStream<T>(`feed:${sessionStore.getState().user?.id ?? 'nobody'}:${path}`, {
    url: () => {
      const token = sessionStore.getState().token;
      return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(token ? { token } : {})}`;
    },
    event,
    onData,
    onState,
    onGiveUp: () => onState('closed'),
    maxFailures: 6,
  });
  return { close };
}
