import { pgTable, text, integer, timestamp, index } from 'drizzle-orm/pg-core';

/**
 * The simulated provider's one-time card tokens. It keeps what a real provider would show back
 * (brand, last four) and the test card's verdict, never the card number. Shared by every process,
 * so a card typed on one process is paid on another; `used_at` makes each token work once.
 */
export const sandboxCardTokens = pgTable('sandbox_card_tokens', {
  token: text('token').primaryKey(),
  brand: text('brand').notNull(),
  last4: text('last4').notNull(),
  /** Why the bank refuses this card whatever the amount; null for an approved test card. */
  refusal: text('refusal'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  usedAt: timestamp('used_at', { withTimezone: true, mode: 'string' }),
}, (t) => [index('sandbox_card_tokens_created_idx').on(t.createdAt)]);

/** The simulated provider's payments: authorised, captured, refunded, voided or declined. */
export const sandboxPayments = pgTable('sandbox_payments', {
  id: text('id').primaryKey(),
  status: text('status').notNull(),
  amount: integer('amount').notNull(),
  currency: text('currency').notNull(),
  brand: text('brand').notNull(),
  last4: text('last4').notNull(),
  declineReason: text('decline_reason'),
  reference: text('reference').notNull(),
  /** Given back so far, in minor units: a refund of part of a captured payment keeps it captured. */
  refundedAmount: integer('refunded_amount').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
