import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, timestamp, check, index, uniqueIndex, bigserial, primaryKey } from 'drizzle-orm/pg-core';
import type { HelpContext } from '../../../shared/room/help';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Live sessions: a customer with an advisor (help, booked consultation), a group event hosted by an
 * advisor, or a customer with friends. The room that serves one is disposable; this row is not.
 */
export const liveSessions = pgTable('live_sessions', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['help', 'consultation', 'event', 'friends'] }).notNull(),
  status: text('status', { enum: ['open', 'ended'] }).notNull().default('open'),
  /** Who runs it: the advisor for help, consultations and events; the customer for friends. */
  hostId: text('host_id'),
  hostName: text('host_name'),
  /** The customer being served (help, consultation) or who invited (friends). */
  customerId: text('customer_id'),
  title: text('title').notNull().default(''),
  storeId: text('store_id'),
  /** Secret part of the join link for events and friends. */
  inviteCode: text('invite_code'),
  /** `open`: anyone with the link walks in; `host`: the host admits each arrival. */
  admission: text('admission', { enum: ['open', 'host'] }).notNull().default('open'),
  capacity: integer('capacity').notNull().default(8),
  helpRequestId: text('help_request_id'),
  /** The Colyseus room currently serving it; replaced when that room is gone (restart, idle). */
  roomId: text('room_id'),
  startsAt: at('starts_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  endedAt: at('ended_at'),
}, (t) => [
  check('live_sessions_kind_check', sql`${t.kind} in ('help', 'consultation', 'event', 'friends')`),
  check('live_sessions_capacity_check', sql`${t.capacity} between 2 and 500`),
  index('live_sessions_host_idx').on(t.hostId, t.status),
  index('live_sessions_customer_idx').on(t.customerId, t.status),
]);

/** Who may enter a session besides its host and customer, and whether the host removed them. */
export const sessionMembers = pgTable('session_members', {
  sessionId: text('session_id').notNull().references(() => liveSessions.id),
  userId: text('user_id').notNull(),
  status: text('status', { enum: ['member', 'removed'] }).notNull().default('member'),
  joinedAt: at('joined_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sessionId, t.userId] })]);

/** What happened in a session that the summary reports: products shown, people followed, the end. */
export const sessionEvents = pgTable('session_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  sessionId: text('session_id').notNull().references(() => liveSessions.id),
  at: at('at').notNull().defaultNow(),
  type: text('type').notNull(),
  actorId: text('actor_id').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
}, (t) => [index('session_events_session_idx').on(t.sessionId, t.id)]);

/** "Ask an advisor": one open request per customer, served in order (returned requests first). */
export const helpRequests = pgTable('help_requests', {
  id: text('id').primaryKey(),
  customerId: text('customer_id').notNull(),
  customerName: text('customer_name'),
  status: text('status', { enum: ['waiting', 'assigned', 'done', 'cancelled'] }).notNull().default('waiting'),
  context: jsonb('context').$type<HelpContext>().notNull(),
  channel: text('channel').notNull(),
  storeId: text('store_id'),
  /** Raised when an advisor leaves mid-help: that customer goes back to the head of the queue. */
  priority: integer('priority').notNull().default(0),
  advisorId: text('advisor_id'),
  advisorName: text('advisor_name'),
  sessionId: text('session_id'),
  queuedAt: at('queued_at').notNull().defaultNow(),
  acceptedAt: at('accepted_at'),
  closedAt: at('closed_at'),
  /** Last time the customer's page was following the request; a request nobody follows any more leaves the queue. */
  customerSeenAt: at('customer_seen_at'),
  /** When the customer was mailed that an advisor took the request: one mail per request. */
  answeredMailAt: at('answered_mail_at'),
}, (t) => [
  check('help_requests_status_check', sql`${t.status} in ('waiting', 'assigned', 'done', 'cancelled')`),
  uniqueIndex('help_requests_one_open_per_customer').on(t.customerId).where(sql`${t.status} in ('waiting', 'assigned')`),
  index('help_requests_queue_idx').on(t.status, t.priority, t.queuedAt),
]);

/** Free time an advisor publishes; a booking takes it. */
export const advisorSlots = pgTable('advisor_slots', {
  id: text('id').primaryKey(),
  advisorId: text('advisor_id').notNull(),
  advisorName: text('advisor_name'),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  status: text('status', { enum: ['free', 'booked', 'withdrawn'] }).notNull().default('free'),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [
  check('advisor_slots_order_check', sql`${t.endsAt} > ${t.startsAt}`),
  index('advisor_slots_time_idx').on(t.status, t.startsAt),
  uniqueIndex('advisor_slots_unique_start').on(t.advisorId, t.startsAt),
]);

/** A private consultation booked by a customer on a slot; served by a `consultation` session. */
export const bookings = pgTable('bookings', {
  id: text('id').primaryKey(),
  slotId: text('slot_id').notNull().references(() => advisorSlots.id),
  customerId: text('customer_id').notNull(),
  advisorId: text('advisor_id').notNull(),
  sessionId: text('session_id').notNull().references(() => liveSessions.id),
  productId: text('product_id'),
  note: text('note'),
  status: text('status', { enum: ['booked', 'cancelled'] }).notNull().default('booked'),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [
  uniqueIndex('bookings_one_per_slot').on(t.slotId).where(sql`${t.status} = 'booked'`),
  index('bookings_customer_idx').on(t.customerId, t.startsAt),
  index('bookings_advisor_idx').on(t.advisorId, t.startsAt),
]);
