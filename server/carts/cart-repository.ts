import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';
import { carts } from '../db/schema/commerce';
import type { Cart } from '../../shared/cart/cart';
import type { Channel } from '../../shared/channel';
import type { NewTimelineEvent } from '../timeline/record-event';
import type { RowQuery } from '../db/query-prepared';
import { money } from '../../shared/money';
import { cartFromRow } from './cart-row';
import { packNotifications } from '../live/notify-payloads';

export async function findCart(db: Pick<Db, 'select'>, id: string): Promise<Cart | undefined> {
  const [row] = await db.select().from(carts).where(eq(carts.id, id)).limit(1);
  return row ? cartFromRow(row) : undefined;
}

export async function findActiveCart(db: Pick<Db, 'select'>, customerId: string): Promise<Cart | undefined> {
  const [row] = await db.select().from(carts).where(and(eq(carts.customerId, customerId), eq(carts.status, 'active'))).limit(1);
  return row ? cartFromRow(row) : undefined;
}

/**
 * The customer's one active cart, created on first use. Two devices asking at once get the same
 * cart: the partial unique index lets only one insert win and the other reads the winner's cart.
 */
export async function getOrCreateActiveCart(db: Db, customerId: string, channel: Channel): Promise<{ cart: Cart; created: boolean }> {
  const existing = await findActiveCart(db, customerId);
  if (existing) return { cart: existing, created: false };
  const zero = money(0);
  const inserted = await db
    .insert(carts)
    .values({ id: randomUUID(), customerId, channel, lines: [], totals: { items: zero, discount: zero, total: zero }, promotions: [] })
    .onConflictDoNothing({ target: carts.customerId, where: sql`status = 'active'` })
    .returning();
  if (inserted[0]) return { cart: cartFromRow(inserted[0]), created: true };
  const winner = await findActiveCart(db, customerId);
  if (!winner) throw new Error(`active cart of ${customerId} vanished during creation`);
  return { cart: winner, created: false };
}

/**
 * Writes a new version of a cart only if nobody wrote since `previousVersion` was read
 * (optimistic concurrency). Returns false when someone did.
 */
export async function saveCart(db: Pick<Db, 'update'>, cart: Cart, previousVersion: number): Promise<boolean> {
  const rows = await db
    .update(carts)
    .set({
      lines: cart.lines,
      totals: cart.totals,
      promotions: cart.promotions,
      version: cart.version,
      channel: cart.channel,
      status: cart.status,
      updatedAt: cart.updatedAt,
    })
    .where(and(eq(carts.id, cart.id), eq(carts.version, previousVersion)))
    .returning({ id: carts.id });
  return rows.length === 1;
}

/**
 * `saveCart` and its timeline event in one statement: the event is inserted only if the versioned
 * update matched, atomically, without a BEGIN/COMMIT round trip (the hottest write of the store).
 * With `notifyChannel` (the PostgreSQL bus) the same statement also announces the new version to
 * other processes with pg_notify, delivered at commit and only if the update matched: one query
 * per change instead of two.
 */
export async function saveCartWithEvent(
  query: RowQuery,
  cart: Cart,
  previousVersion: number,
  event: Omit<NewTimelineEvent, 'customerId'>,
  notifyChannel?: string,
): Promise<boolean> {
  const saveAndRecord = sql`
    with saved as (
      update carts set lines = ${JSON.stringify(cart.lines)}::jsonb, totals = ${JSON.stringify(cart.totals)}::jsonb,
        promotions = ${JSON.stringify(cart.promotions)}::jsonb, version = ${cart.version}, channel = ${cart.channel},
        status = ${cart.status}, updated_at = ${cart.updatedAt}
      where id = ${cart.id} and version = ${previousVersion}
      returning customer_id
    ), recorded as (
      insert into events (customer_id, channel, type, data)
      select customer_id, ${event.channel}, ${event.type}, ${JSON.stringify(event.data)}::jsonb from saved
      returning 1 as ok
    )`;
  const rows = notifyChannel
    ? await query<{ ok: number }>('save_cart_with_event_notify', sql`${saveAndRecord}
      select ok, pg_notify(${notifyChannel}, ${packNotifications([{ cartId: cart.id, version: cart.version }])[0]}) from recorded`)
    : await query<{ ok: number }>('save_cart_with_event', sql`${saveAndRecord} select ok from recorded`);
  return rows.length === 1;
}
