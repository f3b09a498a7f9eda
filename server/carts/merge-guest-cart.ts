import type { Services } from '../app/services';
import type { Channel } from '../../shared/channel';
import { mergeCarts } from '../../shared/cart/merge-carts';
import { planReservations } from '../../shared/stock/plan-reservations';
import { carts } from '../db/schema/commerce';
import { eq } from 'drizzle-orm';
import { findActiveCart, getOrCreateActiveCart, saveCart } from './cart-repository';
import { readCandidates } from '../stock/stock-repository';
import { recordEvent } from '../timeline/record-event';
import { newLineId } from './new-line-id';
import { publishCart } from './publish-cart';

/**
 * Folds a guest's active cart into the account's active cart at sign-in and closes the guest cart.
 * Returns the account cart's id, or undefined when the guest had nothing in a cart.
 */
export async function mergeGuestCart(s: Services, guestId: string, customerId: string, channel: Channel): Promise<string | undefined> {
  const { db } = s.database;
  const guestCart = await findActiveCart(db, guestId);
  if (!guestCart?.lines.length) return undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { cart: mine } = await getOrCreateActiveCart(db, customerId, channel);
    const candidates = await readCandidates(db, s.catalogue, [...new Set(guestCart.lines.map((l) => l.productId))]);
    const availableFor = (l: Parameters<Parameters<typeof mergeCarts>[2]>[0]) => {
      const plan = planReservations([{ id: 'probe', productId: l.productId, qty: 1, fulfilment: l.fulfilment }], candidates);
      const reserved = plan.ok ? plan.reservations[0] : undefined;
      if (!reserved) return 0;
      return candidates(l.productId).find((c) => c.locationId === reserved.locationId)?.available ?? 0;
    };
    const merged = mergeCarts(mine, guestCart, availableFor, { ...s.catalogue.cartLookups, now: s.now().toISOString(), channel, newLineId });
    const done = await db.transaction(async (tx) => {
      if (!(await saveCart(tx, merged, mine.version))) return false;
      await tx.update(carts).set({ status: 'merged', version: guestCart.version + 1, updatedAt: s.now().toISOString() }).where(eq(carts.id, guestCart.id));
      await recordEvent(tx, { customerId, channel, type: 'cart.merged', data: { from: guestCart.id, into: mine.id, version: merged.version, lines: merged.lines.length } });
      return true;
    });
    if (done) {
      publishCart(s, merged);
      publishCart(s, { ...guestCart, status: 'merged', version: guestCart.version + 1 });
      return merged.id;
    }
  }
  return undefined;
}
