import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Cart } from '../../shared/cart/cart';
import type { Channel } from '../../shared/channel';
import type { CartCommandsRequest } from '../../shared/cart/cart-command';
import type { Db } from '../db/database';
import { cartCommandKeys } from '../db/schema/stores';
import { HttpError } from '../http/http-error';
import { runCartCommands } from './run-cart-commands';
import { saveCartWithEvent } from './cart-repository';
import { plainOn } from '../db/query-prepared';

/** The key was claimed by a concurrent copy of this request, which has committed. */
class AlreadyApplied extends Error {}
/** The cart moved between read and write: roll the key claim back and let the command step retry. */
class Moved extends Error {}

function hashRequest(cartId: string, req: CartCommandsRequest): string {
  return createHash('sha256').update(JSON.stringify({ cartId, expectedVersion: req.expectedVersion ?? null, commands: req.commands })).digest('hex');
}

async function priorAnswer(db: Pick<Db, 'select'>, userId: string, key: string, requestHash: string): Promise<Cart | undefined> {
  const [row] = await db.select().from(cartCommandKeys).where(and(eq(cartCommandKeys.userId, userId), eq(cartCommandKeys.key, key))).limit(1);
  if (!row) return undefined;
  if (row.requestHash !== requestHash) throw new HttpError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for other cart commands');
  if (!row.cart) throw new HttpError(409, 'conflict', 'these cart commands are still being applied');
  return row.cart;
}

/**
 * Cart commands sent with an `Idempotency-Key`: the first request applies them and stores the cart it
 * produced with the key, in the same transaction as the new version; a replay (an offline queue that
 * never saw the answer, a double tap) gets that stored cart back and changes nothing. A refused
 * request stores nothing, so it may be retried with the same key.
 *
 * @example const { cart, replayed } = await runIdempotentCartCommands(s, p, cartId, body, 'app', key);
 */
export async function runIdempotentCartCommands(
  s: Services,
  p: Principal,
  cartId: string,
  req: CartCommandsRequest,
  channel: Channel,
  key: string,
): Promise<{ cart: Cart; replayed: boolean }> {
  const { db } = s.database;
  const requestHash = hashRequest(cartId, req);
  const seen = await priorAnswer(db, p.userId, key, requestHash);
  if (seen) return { cart: seen, replayed: true };
  try {
    const cart = await runCartCommands(s, p, cartId, req, channel, {
      save: (next, previousVersion, event) =>
        db
          .transaction(async (tx) => {
            const claimed = await tx
              .insert(cartCommandKeys)
              .values({ userId: p.userId, key, cartId, requestHash })
              .onConflictDoNothing()
              .returning({ key: cartCommandKeys.key });
            if (!claimed.length) throw new AlreadyApplied();
            if (!(await saveCartWithEvent(plainOn(tx), next, previousVersion, event))) throw new Moved();
            await tx.update(cartCommandKeys).set({ cart: next }).where(and(eq(cartCommandKeys.userId, p.userId), eq(cartCommandKeys.key, key)));
            return true;
          })
          .catch((e) => {
            if (e instanceof Moved) return false;
            throw e;
          }),
    });
    return { cart, replayed: false };
  } catch (e) {
    if (!(e instanceof AlreadyApplied)) throw e;
    const prior = await priorAnswer(db, p.userId, key, requestHash);
    if (!prior) throw new HttpError(409, 'conflict', 'these cart commands are still being applied');
    return { cart: prior, replayed: true };
  }
}
