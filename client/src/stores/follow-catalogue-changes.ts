import { followSharedEventStream } from '../api/shared-event-stream';
import { catalogueStore } from './catalogue-store';

interface CatalogueChange {
  ids: string[] | '*';
  version: number;
}

let stop: (() => void) | undefined;

/**
 * Keeps every page's products current: follows `/api/catalogue/events` and refetches what the
 * merchant changed, so the storefront, product page, store view, AR, till and advisor console
 * show it without a reload. After a disconnection (the first event of the new stream carries a
 * newer version than the last one seen) everything held is refetched. Idempotent.
 *
 * @example followCatalogueChanges();
 */
export function followCatalogueChanges(): () => void {
  if (stop || typeof EventSource === 'undefined') return stop ?? (() => {});
  let seen: number | undefined;
  const close = followSharedEventStream<CatalogueChange>('catalogue', {
    url: () => '/api/catalogue/events',
    event: 'catalogue',
    onData(change) {
      const missed = seen !== undefined && change.version > seen;
      seen = Math.max(seen ?? 0, change.version);
      const ids = change.ids === '*' || (missed && !change.ids.length) ? '*' : change.ids;
      if (ids === '*' || ids.length) void catalogueStore.getState().refresh(ids).catch(() => undefined);
    },
    onState: () => {},
    onGiveUp: () => {},
    maxFailures: 1_000,
  });
  stop = () => {
    close();
    stop = undefined;
  };
  return stop;
}
