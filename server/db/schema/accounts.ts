import { pgTable, text, integer, jsonb, timestamp, index, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './commerce';
import type { MailAttachment } from '../../../shared/mail/mail-attachment';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Every e-mail the store writes. Without `SMTP_URL` this is where messages end (state `outbox`),
 * readable by the admin and the developer. With SMTP a row is `queued` until the mail job hands it
 * over; once `sent`, its bodies are emptied so a reset link does not stay readable in the database.
 */
export const mailOutbox = pgTable('mail_outbox', {
  id: text('id').primaryKey(),
  toAddress: text('to_address').notNull(),
  language: text('language', { enum: ['fr', 'en'] }).notNull(),
  template: text('template').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  /** Inline images and calendar invitations, emptied with the bodies once sent. */
  attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
  state: text('state', { enum: ['outbox', 'queued', 'sent', 'failed'] }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
  sentAt: at('sent_at'),
}, (t) => [
  index('mail_outbox_created_idx').on(t.createdAt),
  check('mail_outbox_state_check', sql`${t.state} in ('outbox', 'queued', 'sent', 'failed')`),
]);

/**
 * A sign-up waiting for its address to be proven. The account is created only when the link is
 * followed, so an unproven sign-up never takes an address from its owner.
 */
export const signUps = pgTable('sign_ups', {
  /** SHA-256 of the link's secret: the secret itself is only in the mail. */
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  language: text('language', { enum: ['fr', 'en'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  /** The guest who signed up: their cart and timeline join the account at verification. */
  guestId: text('guest_id'),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
}, (t) => [index('sign_ups_expires_idx').on(t.expiresAt)]);

/** A password reset link, single-use and short-lived; the secret is stored hashed. */
export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
}, (t) => [index('password_resets_expires_idx').on(t.expiresAt)]);

/**
 * A change of address waiting for the new address to be proven: the account keeps its old address
 * (and signs in with it) until the link mailed to the new one is followed.
 */
export const emailChanges = pgTable('email_changes', {
  /** SHA-256 of the link's secret: the secret itself is only in the mail. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  newEmail: text('new_email').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
}, (t) => [index('email_changes_expires_idx').on(t.expiresAt)]);

/**
 * The "it wasn't me" link mailed to an address an account just left: following it gives the
 * account that address back. It outlives the change's own link (a week) because the owner of the
 * old mailbox may read it late.
 */
export const emailChangeUndos = pgTable('email_change_undos', {
  /** SHA-256 of the link's secret: the secret itself is only in the mail. */
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** The address the link gives back, the one it was mailed to. */
  oldEmail: text('old_email').notNull(),
  /** The address the account moved to. */
  newEmail: text('new_email').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
}, (t) => [index('email_change_undos_expires_idx').on(t.expiresAt), index('email_change_undos_user_idx').on(t.userId)]);

/** A WebAuthn credential (passkey) of an account. */
export const passkeys = pgTable('passkeys', {
  /** The credential id, base64url. */
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** COSE public key, base64url. */
  publicKey: text('public_key').notNull(),
  counter: integer('counter').notNull().default(0),
  transports: jsonb('transports').$type<string[]>().notNull().default([]),
  createdAt: at('created_at').notNull().defaultNow(),
  lastUsedAt: at('last_used_at'),
}, (t) => [index('passkeys_user_idx').on(t.userId)]);

/** WebAuthn challenges handed out and not yet answered: each is taken (deleted) by its one answer. */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  challenge: text('challenge').primaryKey(),
  purpose: text('purpose', { enum: ['register', 'authenticate'] }).notNull(),
  /** Who asked, for a registration. */
  userId: text('user_id'),
  expiresAt: at('expires_at').notNull(),
}, (t) => [index('webauthn_challenges_expires_idx').on(t.expiresAt)]);
