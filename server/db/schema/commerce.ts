import { sql } from 'drizzle-orm';
import {
  pgTable, customType, text, integer, jsonb, timestamp, primaryKey, check, index, uniqueIndex, bigserial, boolean, doublePrecision,
} from 'drizzle-orm/pg-core';
import type { Line, CartTotals } from '../../../shared/cart/cart';
import type { Order, OrderLine } from '../../../shared/orders/order';
import type { Product } from '../../../shared/catalogue/product';
import type { Promotion } from '../../../shared/pricing/promotion';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').unique(),
  name: text('name'),
  role: text('role', { enum: ['customer', 'advisor', 'clerk', 'manager', 'admin'] }).notNull(),
  passwordHash: text('password_hash'),
  storeId: text('store_id'),
  guest: boolean('guest').notNull().default(false),
  /** A deactivated account signs in no more and its tokens are refused at once. */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true, mode: 'string' }),
  /** Tokens issued before this instant are refused ("sign out everywhere"). */
  tokensValidAfter: timestamp('tokens_valid_after', { withTimezone: true, mode: 'string' }),
  /** The language the customer's e-mails are written in (set at sign-up). */
  language: text('language', { enum: ['fr', 'en'] }),
  createdAt: createdAt(),
}, (t) => [check('users_role_check', sql`${t.role} in ('customer', 'advisor', 'clerk', 'manager', 'admin')`)]);

export const products = pgTable('products', {
  id: text('id').primaryKey(),
  sku: text('sku').notNull().unique(),
  category: text('category').notNull(),
  data: jsonb('data').$type<Product>().notNull(),
  createdAt: createdAt(),
  /** Full-text document (both languages, accents folded), kept by PostgreSQL from `data`. */
  search: tsvector('search').generatedAlwaysAs(sql`vitrine_product_search(data)`),
  priceAmount: integer('price_amount').generatedAlwaysAs(sql`((data->'price'->>'amount'))::integer`),
  published: boolean('published').generatedAlwaysAs(sql`coalesce(data->>'status', 'published') = 'published'`),
}, (t) => [
  index('products_search_idx').using('gin', t.search),
  index('products_facets_idx').on(t.published, t.category, t.priceAmount),
]);

export const locations = pgTable('locations', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['warehouse', 'store'] }).notNull(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
}, (t) => [check('locations_kind_check', sql`${t.kind} in ('warehouse', 'store')`)]);

/** One row per product and location; the CHECKs are the last line of defence against overselling. */
export const stock = pgTable('stock', {
  productId: text('product_id').notNull().references(() => products.id),
  locationId: text('location_id').notNull().references(() => locations.id),
  onHand: integer('on_hand').notNull(),
  reserved: integer('reserved').notNull().default(0),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ columns: [t.productId, t.locationId] }),
  check('stock_on_hand_check', sql`${t.onHand} >= 0`),
  check('stock_reserved_check', sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
]);

export const promotions = pgTable('promotions', {
  id: text('id').primaryKey(),
  data: jsonb('data').$type<Promotion>().notNull(),
});

export const carts = pgTable('carts', {
  id: text('id').primaryKey(),
  customerId: text('customer_id').notNull().references(() => users.id),
  status: text('status', { enum: ['active', 'checked_out', 'merged'] }).notNull().default('active'),
  channel: text('channel').notNull(),
  version: integer('version').notNull().default(0),
  lines: jsonb('lines').$type<Line[]>().notNull(),
  totals: jsonb('totals').$type<CartTotals>().notNull(),
  promotions: jsonb('promotions').$type<{ id: string; label: { fr: string; en: string }; amount: { amount: number; currency: string } }[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  // One active cart per customer: the cart that follows them on every channel.
  uniqueIndex('carts_one_active_per_customer').on(t.customerId).where(sql`${t.status} = 'active'`),
]);

/** Staff access to a customer's cart, granted by a handoff code or an assigned help session. */
export const cartAccess = pgTable('cart_access', {
  cartId: text('cart_id').notNull().references(() => carts.id),
  userId: text('user_id').notNull().references(() => users.id),
  via: text('via').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
}, (t) => [primaryKey({ columns: [t.cartId, t.userId] })]);

export const handoffCodes = pgTable('handoff_codes', {
  /** SHA-256 (hex) of the code: the code itself is only ever shown to the customer. */
  codeHash: text('code_hash').primaryKey(),
  cartId: text('cart_id').notNull().references(() => carts.id),
  createdBy: text('created_by').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  redeemedAt: timestamp('redeemed_at', { withTimezone: true, mode: 'string' }),
  redeemedBy: text('redeemed_by'),
}, (t) => [
  // One live code per cart: a new one replaces the old.
  uniqueIndex('handoff_codes_one_live_per_cart').on(t.cartId).where(sql`${t.redeemedAt} is null`),
]);

/** One-time links that sign the same customer in on another device (desktop QR -> phone for AR). */
export const deviceLinks = pgTable('device_links', {
  /** SHA-256 (hex) of the link's code, as for handoff codes. */
  codeHash: text('code_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  redeemedAt: timestamp('redeemed_at', { withTimezone: true, mode: 'string' }),
});

export const orders = pgTable('orders', {
  id: text('id').primaryKey(),
  /** The human order number (VT-000123) from `order_number_seq`; checkout takes it itself to answer with it. */
  number: text('number').notNull().default(sql`('VT-' || lpad(nextval('order_number_seq')::text, 6, '0'))`),
  cartId: text('cart_id').notNull().references(() => carts.id),
  customerId: text('customer_id').notNull().references(() => users.id),
  status: text('status', { enum: ['placed', 'ready_for_pickup', 'picked_up', 'shipped', 'cancelled'] }).notNull(),
  lines: jsonb('lines').$type<OrderLine[]>().notNull(),
  totals: jsonb('totals').$type<CartTotals>().notNull(),
  payment: jsonb('payment').$type<Order['payment']>().notNull(),
  channel: text('channel').notNull(),
  pickupCode: text('pickup_code'),
  pickupBy: timestamp('pickup_by', { withTimezone: true, mode: 'string' }),
  /** The store whose desk hands this order over, when it has pickup lines. */
  pickupStoreId: text('pickup_store_id'),
  contact: jsonb('contact').$type<NonNullable<Order['contact']>>(),
  shippingAddress: jsonb('shipping_address').$type<NonNullable<Order['shippingAddress']>>(),
  /** Each group of lines with its method, fee and promised date, as charged. */
  delivery: jsonb('delivery').$type<NonNullable<Order['delivery']>>(),
  /** The language the customer bought in: the order's later mails (ready for pickup) are written in it. */
  language: text('language', { enum: ['fr', 'en'] }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('orders_number_idx').on(t.number),
  index('orders_customer_idx').on(t.customerId, t.createdAt),
  index('orders_pickup_idx').on(t.pickupStoreId, t.status),
]);

/** An order's pickup lines at one store: that desk's own code and state (shared/orders/pickup-part.ts). */
export const orderPickups = pgTable('order_pickups', {
  orderId: text('order_id').notNull().references(() => orders.id),
  storeId: text('store_id').notNull(),
  code: text('code').notNull(),
  status: text('status', { enum: ['placed', 'ready_for_pickup', 'picked_up', 'cancelled'] }).notNull(),
  lineIds: jsonb('line_ids').$type<string[]>().notNull(),
  pickupBy: timestamp('pickup_by', { withTimezone: true, mode: 'string' }),
  /** The till payment that paid this part at its desk (an order paid at pickup), and its amount. */
  paymentId: text('payment_id'),
  paidAmount: integer('paid_amount'),
  /** Why the part was cancelled, and what its cancellation gave back (minor units). */
  cancelReason: text('cancel_reason', { enum: ['not_collected', 'no_show', 'changed_mind', 'other'] }),
  refundedAmount: integer('refunded_amount'),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ columns: [t.orderId, t.storeId] }),
  index('order_pickups_store_idx').on(t.storeId, t.status, t.updatedAt),
  check('order_pickups_status_check', sql`${t.status} in ('placed', 'ready_for_pickup', 'picked_up', 'cancelled')`),
]);

/** What an order holds on which stock row, so it can be taken or released exactly. */
export const orderReservations = pgTable('order_reservations', {
  orderId: text('order_id').notNull().references(() => orders.id),
  productId: text('product_id').notNull(),
  locationId: text('location_id').notNull(),
  qty: integer('qty').notNull(),
}, (t) => [primaryKey({ columns: [t.orderId, t.productId, t.locationId] }), check('order_reservations_qty_check', sql`${t.qty} > 0`)]);

export const idempotencyKeys = pgTable('idempotency_keys', {
  customerId: text('customer_id').notNull(),
  key: text('key').notNull(),
  requestHash: text('request_hash').notNull(),
  orderId: text('order_id'),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.customerId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)]);

/** The customer timeline: every touch point on every channel. */
export const events = pgTable('events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  customerId: text('customer_id').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  channel: text('channel').notNull(),
  type: text('type').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
}, (t) => [index('events_customer_idx').on(t.customerId, t.id), index('events_type_idx').on(t.type, t.at)]);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
