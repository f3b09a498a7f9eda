import type { carts } from '../db/schema/commerce';
import type { Cart } from '../../shared/cart/cart';
import type { Channel } from '../../shared/channel';

type CartRow = typeof carts.$inferSelect;

/** The database row as the contract's Cart. */
export function cartFromRow(r: CartRow): Cart {
  return {
    id: r.id,
    version: r.version,
    customerId: r.customerId,
    channel: r.channel as Channel,
    status: r.status,
    lines: r.lines,
    totals: r.totals,
    promotions: r.promotions,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
