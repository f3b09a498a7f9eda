import { sql } from 'drizzle-orm';
import type { LocalizedText } from '../../../shared/i18n-text';
import { pgTable, text, integer, jsonb, timestamp, bigserial, real, index, check } from 'drizzle-orm/pg-core';

/**
 * What staff did to customers' carts, orders and data, and every back-office change: who, when,
 * what, before and after. Rows are only ever inserted.
 */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  actorId: text('actor_id').notNull(),
  actorRole: text('actor_role').notNull(),
  /** The store the actor works for, when the role is tied to one. */
  storeId: text('store_id'),
  /** Dotted verb, e.g. `order.read`, `order.status_changed`, `product.updated`. */
  action: text('action').notNull(),
  targetType: text('target_type').notNull(),
  targetId: text('target_id').notNull(),
  /** Whose data it was, so an admin can list everything done to one customer. */
  customerId: text('customer_id'),
  before: jsonb('before').$type<unknown>(),
  after: jsonb('after').$type<unknown>(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
}, (t) => [
  index('audit_log_at_idx').on(t.at),
  index('audit_log_actor_idx').on(t.actorId, t.at),
  index('audit_log_target_idx').on(t.targetType, t.targetId),
  index('audit_log_customer_idx').on(t.customerId, t.at),
]);

/**
 * The background job queue: imports, model processing. Any process may take a queued job
 * (`for update skip locked`); a job whose worker died is taken again once its lease runs out.
 */
export const jobs = pgTable('jobs', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  state: text('state', { enum: ['queued', 'running', 'succeeded', 'failed'] }).notNull().default('queued'),
  progress: real('progress').notNull().default(0),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  result: jsonb('result').$type<Record<string, unknown>>(),
  messages: jsonb('messages').$type<(string | LocalizedText)[]>().notNull().default([]),
  errors: jsonb('errors').$type<{ row?: number; field?: string; message: string }[]>().notNull().default([]),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(3),
  runAfter: timestamp('run_after', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  /** Until when the worker that took the job owns it; past that, another may take it over. */
  leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'string' }),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
}, (t) => [
  index('jobs_ready_idx').on(t.state, t.runAfter),
  check('jobs_state_check', sql`${t.state} in ('queued', 'running', 'succeeded', 'failed')`),
  check('jobs_progress_check', sql`${t.progress} >= 0 and ${t.progress} <= 1`),
]);
