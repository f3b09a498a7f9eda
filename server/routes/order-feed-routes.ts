import { Router } from 'express';
import type { Services } from '../app/services';
import { requirePrincipal } from '../http/principal';
import { listCustomerOrders } from '../orders/order-repository';
import { feedHubFor } from '../stores/feed-hub';
import { ordersTopic } from '../stores/announce-order';
import { streamQuotaFor } from '../live/stream-quota';

/** A customer's orders, live: `event: orders` with `{items}` at once and whenever one is placed or moves (ready for pickup, collected...). */
export function orderFeedRoutes(s: Services): Router {
  const r = Router();
  r.get('/customers/me/orders/events', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    streamQuotaFor(s).claim(p.userId, res);
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    feedHubFor(s).open(res, ordersTopic(p.userId), 'orders', async () => ({ items: await listCustomerOrders(s.database.db, p.userId) }));
  });
  return r;
}
