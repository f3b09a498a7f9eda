import type { Services } from '../app/services';
import { auditStaffAccess } from '../audit/audit-staff-access';
import type { Principal } from '../auth/tokens';
import type { Cart } from '../../shared/cart/cart';
import type { Channel } from '../../shared/channel';
import type { CartCommandsRequest } from '../../shared/cart/cart-command';
import { applyCartCommands } from '../../shared/cart/apply-cart-commands';
import { describeCartError } from '../../shared/cart/cart-error';
import { grownProducts } from '../../shared/cart/grown-products';
import { planReservations } from '../../shared/stock/plan-reservations';
import { findCart, saveCartWithEvent } from './cart-repository';
import { preparedOn } from '../db/query-prepared';
import { assertCartAccess } from './cart-access';
import { loadCartWithStock } from './load-cart-with-stock';
import { HttpError, notFound } from '../http/http-error';
import { newLineId } from './new-line-id';
import { publishCart } from './publish-cart';
import { takeNowRefusal } from '../../shared/pos/take-now-rule';
import type { NewTimelineEvent } from '../timeline/record-event';
import { countCartCommands } from '../observability/count-outcome';

export interface RunCartCommandsOptions {
  /**
   * Writes the new version (and its timeline event) if the cart is still at `previousVersion`;
   * false when someone wrote meanwhile. Idempotent commands pass one that also stores their key.
   */
  save?: (next: Cart, previousVersion: number, event: Omit<NewTimelineEvent, 'customerId'>) => Promise<boolean>;
}

/** Without `expectedVersion` the caller wants its change applied to whatever is current; a few retries absorb races. */
const MAX_ATTEMPTS = 5;

/**
 * The cart command step: check who is asking, apply the commands with the shared reducer, check
 * stock for what grew, write the new version if nobody wrote meanwhile, record it on the timeline
 * and announce it to every open stream.
 *
 * @example await runCartCommands(services, principal, cartId, { commands: [...] }, 'ar');
 */
export async function runCartCommands(
  s: Services,
  principal: Principal,
  cartId: string,
  req: CartCommandsRequest,
  channel: Channel,
  opts: RunCartCommandsOptions = {},
): Promise<Cart> {
  return countCartCommands(s.metrics, channel, req.commands.length, () => s.cartLocks.run(cartId, () => applyAndSave(s, principal, cartId, req, channel, opts)));
}

async function applyAndSave(
  s: Services,
  principal: Principal,
  cartId: string,
  req: CartCommandsRequest,
  channel: Channel,
  opts: RunCartCommandsOptions,
): Promise<Cart> {
  const { db } = s.database;
  const query = preparedOn(s.database);
  // On the PostgreSQL bus the save itself tells other processes (one query per change, not two).
  const notifyChannel = opts.save ? undefined : s.bus.notifyChannel;
  const save = opts.save ?? ((next, previous, event) => saveCartWithEvent(query, next, previous, event, notifyChannel));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const incoming = req.commands.flatMap((c) => (c.type === 'addLine' ? [c.productId] : []));
    const loaded = await loadCartWithStock(query, s.catalogue, cartId, incoming);
    if (!loaded) throw notFound('cart');
    const { cart, candidatesFor } = loaded;
    await assertCartAccess(db, principal, cart, s.now());
    const takeNow = takeNowRefusal(req.commands, principal);
    if (takeNow) throw new HttpError(422, 'invalid', takeNow.message, { reason: 'take_now_at_till_only', commandIndex: takeNow.commandIndex });
    if (req.expectedVersion !== undefined && req.expectedVersion !== cart.version) {
      throw new HttpError(409, 'version_conflict', `the cart is at version ${cart.version}, not ${req.expectedVersion}`, { cart });
    }
    const now = s.now().toISOString();
    const result = applyCartCommands(cart, req.commands, {
      ...s.catalogue.cartLookups,
      newLineId,
      now,
      channel,
      actor: principal.role === 'advisor' || principal.role === 'clerk' ? { role: principal.role, userId: principal.userId, name: principal.name } : undefined,
    });
    if (!result.ok) {
      if (result.error.reason === 'cart_closed') throw new HttpError(409, 'cart_closed', describeCartError(result.error), { cart });
      throw new HttpError(422, 'invalid', describeCartError(result.error), { ...result.error });
    }
    const next = result.cart;
    const grown = grownProducts(cart.lines, next.lines);
    if (grown.size) {
      const plan = planReservations(next.lines.filter((l) => grown.has(l.productId)), candidatesFor);
      if (!plan.ok) {
        throw new HttpError(409, 'insufficient_stock', 'not enough stock for some lines', { lines: plan.short });
      }
    }
    const saved = await save(next, cart.version, {
      channel,
      type: 'cart.changed',
      data: { cartId, version: next.version, commands: req.commands, by: { userId: principal.userId, role: principal.role } },
    });
    if (saved) {
      // The save is one statement shared with the hot customer path; staff changes are logged right after it.
      await auditStaffAccess(db, principal, { action: 'cart.changed', targetType: 'cart', targetId: cartId, customerId: cart.customerId, before: { version: cart.version }, after: { version: next.version }, data: { commands: req.commands, channel } });
      publishCart(s, next, { notifiedInStatement: notifyChannel !== undefined });
      return next;
    }
    if (req.expectedVersion !== undefined) {
      const fresh = await findCart(db, cartId);
      throw new HttpError(409, 'version_conflict', 'the cart changed while this change was being applied', { cart: fresh });
    }
  }
  const fresh = await findCart(db, cartId);
  throw new HttpError(409, 'version_conflict', 'the cart is changing too fast; try again', { cart: fresh });
}
