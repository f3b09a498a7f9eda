import type { Services } from '../app/services';
import { layoutTopic } from '../layouts/layout-changes';
import { readPublishedLayout } from '../layouts/layout-rows';

/**
 * Calls `onVersion` with the published layout version of a store now and whenever another one is
 * published (from any process: the announcement rides the cart bus). Re-reads the database each
 * time, so a late or repeated message never moves a room back. Returns the unsubscribe function.
 *
 * @example const off = followStoreLayout(services, 'store-lyon', (v) => (state.layoutVersion = v));
 */
export function followStoreLayout(s: Pick<Services, 'bus' | 'database' | 'log'>, storeId: string, onVersion: (version: number) => void): () => void {
  let closed = false;
  const topic = layoutTopic(storeId);
  const read = () => {
    readPublishedLayout(s.database.db, storeId)
      .then((published) => {
        if (!closed && published) onVersion(published.version);
      })
      .catch((err) => s.log.warn({ err, storeId }, 'reading the published layout failed'));
  };
  const off = s.bus.subscribe((c) => {
    if (c.cartId === topic || c.cartId === '*') read();
  });
  read();
  return () => {
    closed = true;
    off();
  };
}
