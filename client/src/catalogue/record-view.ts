import type { Channel } from '../../../shared/channel';
import { orderApi } from '../api/order-api';
import { sessionStore } from '../stores/session-store';
import { analyticsAllowed, syncConsent } from '../privacy/consent-store';

const seen = new Set<string>();

/**
 * Records a product view (or an AR view) as a touch point on the customer's timeline, once per
 * product and kind per page load, and only after the customer agreed to journey analytics (the server
 * drops it otherwise). Failures are logged, never shown: a view is not worth an error.
 *
 * @example recordView('sofa-oslo-3', 'product.viewed')
 */
export function recordView(productId: string, type: 'product.viewed' | 'product.viewed_in_ar', channel?: Channel): void {
  const key = `${type}:${productId}`;
  if (seen.has(key) || !analyticsAllowed()) return;
  seen.add(key);
  void sessionStore
    .getState()
    .start()
    .then(() => syncConsent())
    .then(() => orderApi.recordEvent({ type, data: { productId } }, channel))
    .catch((e: unknown) => {
      seen.delete(key);
      console.warn('could not record the view', e);
    });
}
