import { z } from 'zod';
import { LOCALES } from '../i18n-locales';
import { PASSWORD_MAX_LENGTH } from '../accounts/password-strength';
import { AuthResponseSchema } from './api-schemas';

const Email = z.string().trim().toLowerCase().email().max(254);
/** Strength is checked by `passwordWeakness` after parsing, so its answer can say why. */
const NewPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH * 4);
/** The secret of a mailed link: 32 random bytes, base64url. */
const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a link from our e-mails');

export const LanguageSchema = z.enum(LOCALES);

export const SignUpRequestSchema = z.object({
  email: Email,
  password: NewPassword,
  name: z.string().trim().min(1).max(100),
  language: LanguageSchema,
});
export type SignUpRequest = z.infer<typeof SignUpRequestSchema>;

/** Sign-up and reset requests answer this whether or not the address has an account. */
export const MailSentSchema = z.object({ status: z.literal('check_your_mail') });

export const VerifyEmailRequestSchema = z.object({ token: LinkToken });

export const PasswordResetRequestSchema = z.object({ email: Email, language: LanguageSchema.optional() });
export const PasswordResetConfirmSchema = z.object({ token: LinkToken, password: NewPassword });

export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
  newPassword: NewPassword,
});

/** A new address for the signed-in account; the current password proves it is its owner asking. */
export const ChangeEmailRequestSchema = z.object({
  newEmail: Email,
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
});
export type ChangeEmailRequest = z.infer<typeof ChangeEmailRequestSchema>;
export const ConfirmEmailChangeSchema = z.object({ token: LinkToken });
/** `session`: only when the link was followed signed in to that account, whose sessions were all signed out. */
export const EmailChangedSchema = z.object({ status: z.literal('email_changed'), session: AuthResponseSchema.optional() });
export type EmailChanged = z.infer<typeof EmailChangedSchema>;
/** The "it wasn't me" link mailed to the address an account left. */
export const UndoEmailChangeSchema = z.object({ token: LinkToken });
/** The address is back; a link to choose a new password is on its way to it. */
export const EmailRestoredSchema = z.object({ status: z.literal('email_restored') });
export type EmailRestored = z.infer<typeof EmailRestoredSchema>;

/** A WebAuthn answer as @simplewebauthn/browser returns it; the library checks the rest. */
export const WebAuthnResponseSchema = z.object({
  id: z.string().min(1).max(1400),
  rawId: z.string().min(1).max(1400),
  type: z.literal('public-key'),
  response: z.record(z.string(), z.unknown()),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.string().max(40).optional(),
}).passthrough();
export const PasskeyAnswerSchema = z.object({ response: WebAuthnResponseSchema });

/** Options handed to the browser's WebAuthn call (opaque to this schema). */
export const WebAuthnOptionsSchema = z.object({ challenge: z.string() }).catchall(z.unknown());

export const PasskeySchema = z.object({ id: z.string(), createdAt: z.string(), lastUsedAt: z.string().optional() });
export const PasskeyListSchema = z.object({ items: z.array(PasskeySchema) });
export type Passkey = z.infer<typeof PasskeySchema>;

export const OutboxMessageSchema = z.object({
  id: z.string(),
  to: z.string(),
  language: LanguageSchema,
  template: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  state: z.enum(['outbox', 'queued', 'sent', 'failed']),
  /** Inline images (`cid`) and calendar invitations (`method`), base64; emptied once sent. */
  attachments: z.array(z.object({
    filename: z.string(), contentType: z.string(), content: z.string(), cid: z.string().optional(), method: z.enum(['REQUEST', 'CANCEL']).optional(),
  })).default([]),
  createdAt: z.string(),
  sentAt: z.string().optional(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxListSchema = z.object({ mode: z.enum(['outbox', 'smtp']), items: z.array(OutboxMessageSchema) });
export const OutboxQuerySchema = z.object({
  to: z.string().trim().toLowerCase().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
