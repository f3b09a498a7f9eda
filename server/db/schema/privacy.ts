import { pgTable, text, boolean, timestamp, primaryKey, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './commerce';

/**
 * A customer's consent choices, one row per purpose (only `analytics` so far), with when it was
 * made: the proof of consent the CNIL asks for. No row means no consent.
 */
export const consents = pgTable('consents', {
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['analytics'] }).notNull(),
  granted: boolean('granted').notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.userId, t.purpose] }),
  check('consents_purpose_check', sql`${t.purpose} in ('analytics')`),
]);
