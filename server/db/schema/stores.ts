import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, timestamp, index, bigserial, primaryKey, check } from 'drizzle-orm/pg-core';
import type { Cart } from '../../../shared/cart/cart';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/** Every change a store makes to its own stock (received, counted, sold at the till), for audit and the dashboard. */
export const stockMovements = pgTable('stock_movements', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  locationId: text('location_id').notNull(),
  productId: text('product_id').notNull(),
  kind: text('kind', { enum: ['receive', 'count', 'till_sale'] }).notNull(),
  /** Change of on hand (negative for a sale or a count that found less). */
  delta: integer('delta').notNull(),
  onHandAfter: integer('on_hand_after').notNull(),
  byUserId: text('by_user_id').notNull(),
  orderId: text('order_id'),
  at: at('at').notNull().defaultNow(),
}, (t) => [
  index('stock_movements_location_idx').on(t.locationId, t.at),
  check('stock_movements_kind_check', sql`${t.kind} in ('receive', 'count', 'till_sale')`),
]);

/** Charges taken on a store's payment terminal, approved or declined; an approved one given back is refunded. */
export const tillPayments = pgTable('till_payments', {
  id: text('id').primaryKey(),
  storeId: text('store_id').notNull(),
  clerkId: text('clerk_id').notNull(),
  cartId: text('cart_id').notNull(),
  customerId: text('customer_id').notNull(),
  orderId: text('order_id'),
  amount: integer('amount').notNull(),
  currency: text('currency').notNull(),
  cardLast4: text('card_last4').notNull(),
  status: text('status', { enum: ['approved', 'declined', 'refunded'] }).notNull(),
  reason: text('reason'),
  /** What the provider gave back, in minor units, and when. */
  refundedAmount: integer('refunded_amount'),
  refundedAt: at('refunded_at'),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [
  index('till_payments_store_idx').on(t.storeId, t.createdAt),
  check('till_payments_status_check', sql`${t.status} in ('approved', 'declined', 'refunded')`),
]);

/**
 * Cart command batches already applied, by the sender's `Idempotency-Key`: an offline queue that
 * replays a batch whose answer it never got receives the stored answer instead of a second change.
 */
export const cartCommandKeys = pgTable('cart_command_keys', {
  userId: text('user_id').notNull(),
  key: text('key').notNull(),
  cartId: text('cart_id').notNull(),
  requestHash: text('request_hash').notNull(),
  /** The cart as the first request left it. */
  cart: jsonb('cart').$type<Cart>(),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.userId, t.key] }), index('cart_command_keys_created_idx').on(t.createdAt)]);
