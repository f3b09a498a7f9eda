import { sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Cart } from '../../shared/cart/cart';
import { repriceCart } from '../../shared/cart/apply-cart-commands';
import { reconcileLinePrices } from '../../shared/cart/reconcile-line-prices';
import { queryRows } from '../db/query-rows';
import { preparedOn } from '../db/query-prepared';
import { findCart, saveCartWithEvent } from './cart-repository';
import { publishCart } from './publish-cart';

const MAX_ATTEMPTS = 5;

/**
 * Brings one stored cart up to date with the catalogue (docs/price-changes.md): a moved price
 * becomes a notice on its line, a product off sale marks its line. Writes a new version only when
 * something changed, and pushes it to every open stream of the cart. Returns the cart as it now is.
 *
 * @example const cart = await refreshCartPrices(services, cartId);
 */
export async function refreshCartPrices(s: Services, cartId: string): Promise<Cart | undefined> {
  return s.cartLocks.run(cartId, async () => {
    const query = preparedOn(s.database);
    const notifyChannel = s.bus.notifyChannel;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const cart = await findCart(s.database.db, cartId);
      if (cart?.status !== 'active') return cart;
      const { lines, changed } = reconcileLinePrices(cart.lines, s.catalogue.cartLookups.product);
      if (!changed) return cart;
      const now = s.now().toISOString();
      const next = repriceCart({ ...cart, lines, version: cart.version + 1, updatedAt: now }, { ...s.catalogue.cartLookups, now });
      const saved = await saveCartWithEvent(query, next, cart.version, {
        channel: cart.channel,
        type: 'cart.changed',
        data: { cartId, version: next.version, commands: [], reason: 'catalogue_changed' },
      }, notifyChannel);
      if (saved) {
        publishCart(s, next, { notifiedInStatement: notifyChannel !== undefined });
        return next;
      }
    }
    s.log.warn({ cartId }, 'cart kept changing; its price notices wait for its next command');
    return findCart(s.database.db, cartId);
  });
}

/**
 * Refreshes every active cart holding one of these products (all active carts for `'*'`), one
 * after the other so a large change does not crowd out customers' own commands.
 */
export async function refreshCartsHolding(s: Services, productIds: readonly string[] | '*'): Promise<number> {
  if (productIds !== '*' && !productIds.length) return 0;
  const holding = productIds === '*'
    ? sql`jsonb_array_length(c.lines) > 0`
    : sql`exists (select 1 from jsonb_array_elements(c.lines) x where x->>'productId' in (${sql.join(productIds.map((id) => sql`${id}`), sql`, `)}))`;
  const rows = await queryRows<{ id: string }>(s.database.db, sql`select c.id from carts c where c.status = 'active' and ${holding}`);
  let refreshed = 0;
  for (const { id } of rows) {
    try {
      const before = await refreshCartPrices(s, id);
      if (before) refreshed++;
    } catch (err) {
      s.log.warn({ err, cartId: id }, 'cart not refreshed after a catalogue change');
    }
  }
  return refreshed;
}
