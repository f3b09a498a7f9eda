import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import { orderPickups } from '../db/schema/commerce';
import { HttpError } from '../http/http-error';
import { announceOrder } from '../stores/announce-order';
import { findOrder } from './order-repository';
import { releasePickupPart } from './release-pickup-part';

/**
 * Releases pickups nobody collected in time back to stock, part by part: each part is cancelled by
 * the same guarded update as a desk would use, so a run racing a hand-over is safe.
 */
export async function releaseExpiredPickups(s: Services): Promise<string[]> {
  const { db } = s.database;
  const now = s.now().toISOString();
  const expired = await db.select({ orderId: orderPickups.orderId, storeId: orderPickups.storeId }).from(orderPickups)
    .where(and(eq(orderPickups.status, 'ready_for_pickup'), sql`${orderPickups.pickupBy} < ${now}`)).limit(100);
  const released: string[] = [];
  for (const e of expired) {
    const order = await findOrder(db, e.orderId);
    const part = order?.pickups?.find((pt) => pt.storeId === e.storeId);
    if (!order || !part) continue;
    // A provider refusing the refund, or a desk changing the order meanwhile, leaves this part waiting: the next run tries again.
    const done = await db.transaction(async (tx) => {
      await releasePickupPart(s, tx, order, part, now, { reason: 'not_collected', channel: 'store' });
      return true;
    }).catch((err: unknown) => {
      if (err instanceof HttpError) return false;
      throw err;
    });
    if (done) {
      released.push(order.id);
      announceOrder(s, order);
    }
  }
  return released;
}
