import { Router, type Request } from 'express';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { forbidden, notFound } from '../http/http-error';
import { CountStockRequestSchema, ReceiveStockRequestSchema } from '../../shared/pos/store-stock';
import { listStorePickups } from '../stores/store-pickups';
import { countStock, readStoreStock, receiveStock } from '../stores/store-stock';
import { announceStockChange } from '../stock/announce-stock-change';
import { feedHubFor } from '../stores/feed-hub';
import { pickupsTopic } from '../stores/announce-order';
import { streamQuotaFor } from '../live/stream-quota';

/** A store's own staff (its clerks and its manager) and admins run its desk and its stock. */
function requireStoreStaff(s: Services, req: Request): { p: Principal; storeId: string } {
  const p = requirePrincipal(req, 'clerk', 'manager', 'admin');
  const storeId = String(req.params.storeId);
  const loc = s.catalogue.location(storeId);
  if (loc?.kind !== 'store') throw notFound('store');
  if (p.role !== 'admin' && p.storeId !== storeId) throw forbidden('store staff work on their own store only');
  return { p, storeId };
}

/** Store operations: the pickup desk's list (live), stock on the shelves, receiving and counting. */
export function storeRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.get('/stores/:storeId/pickups', async (req, res) => {
    const { storeId } = requireStoreStaff(s, req);
    res.json(await listStorePickups(db, storeId, s.now()));
  });

  /** `event: pickups` with the whole list, at once and on every change (orders placed, ready, collected, released). */
  r.get('/stores/:storeId/pickups/events', async (req, res) => {
    const { p, storeId } = requireStoreStaff(s, req);
    streamQuotaFor(s).claim(p.userId, res);
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    feedHubFor(s).open(res, pickupsTopic(storeId), 'pickups', () => listStorePickups(db, storeId, s.now()));
  });

  r.get('/stores/:storeId/stock', async (req, res) => {
    const { storeId } = requireStoreStaff(s, req);
    res.json({ storeId, items: await readStoreStock(s, storeId) });
  });

  r.post('/stores/:storeId/receive', async (req, res) => {
    const { p, storeId } = requireStoreStaff(s, req);
    const body = parseInput(ReceiveStockRequestSchema, req.body);
    const items = await receiveStock(s, p, storeId, body.items);
    await announceStockChange(s, body.items.map((i) => i.productId));
    res.json({ storeId, items });
  });

  r.post('/stores/:storeId/count', async (req, res) => {
    const { p, storeId } = requireStoreStaff(s, req);
    const body = parseInput(CountStockRequestSchema, req.body);
    const row = await countStock(s, p, storeId, body.productId, body.counted);
    await announceStockChange(s, [body.productId]);
    res.json(row);
  });

  return r;
}
