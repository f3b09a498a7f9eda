import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';
import { users } from './commerce';

/**
 * Tokens signed out before they expire, by their `jti`. Every process reads this table, so a
 * sign-out holds everywhere at once; rows past `expires_at` are useless (the token has expired
 * anyway) and are purged by the minute sweep.
 */
export const revokedTokens = pgTable('revoked_tokens', {
  jti: text('jti').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
}, (t) => [index('revoked_tokens_expires_idx').on(t.expiresAt)]);
