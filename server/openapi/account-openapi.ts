import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { AuthResponseSchema } from '../../shared/http/api-schemas';
import {
  ChangeEmailRequestSchema, ChangePasswordRequestSchema, ConfirmEmailChangeSchema, EmailChangedSchema, EmailRestoredSchema, MailSentSchema, OutboxListSchema, OutboxQuerySchema, PasskeyAnswerSchema, PasskeyListSchema, PasskeySchema,
  PasswordResetConfirmSchema, PasswordResetRequestSchema, SignUpRequestSchema, UndoEmailChangeSchema, VerifyEmailRequestSchema, WebAuthnOptionsSchema,
} from '../../shared/http/account-schemas';

type Helpers = {
  json(schema: z.ZodType): object;
  error(description: string): object;
  auth: Record<string, string[]>[];
};

const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

/** Sign-up, e-mail links, passwords, passkeys and the outbox, for the OpenAPI document. */
export function accountPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const session = { description: 'session, as /api/auth/login answers', ...json(AuthResponseSchema) };
  const link = error('the link was already used, has expired or is unknown (`field: "token"`, `reason`)');
  return [
    { method: 'post', path: '/api/auth/sign-up', summary: 'Sign up: mails a verification link (24 h, once). The same 202 when the address already has an account (its owner is told by mail instead), so nothing tells whether an e-mail is known. A guest token in Authorization: that guest\'s cart joins the account at verification', request: body(SignUpRequestSchema), responses: { 202: { description: 'mail sent', ...json(MailSentSchema) }, 422: error('malformed e-mail, weak password (`field`, `reason`)'), 429: error('too many sign-ups from this address or mails to this e-mail') } },
    { method: 'post', path: '/api/auth/verify-email', summary: 'Follow a verification link: creates the account, merges the guest cart, signs in', request: body(VerifyEmailRequestSchema), responses: { 200: session, 400: link, 409: error('the address got an account meanwhile'), 422: error('not a link token') } },
    { method: 'post', path: '/api/auth/password-reset', summary: 'Mail a password reset link (1 h, once) when the address has an account; the same 202 either way', request: body(PasswordResetRequestSchema), responses: { 202: { description: 'mail sent if the account exists', ...json(MailSentSchema) }, 422: error('malformed e-mail'), 429: error('too many requests') } },
    { method: 'post', path: '/api/auth/password-reset/confirm', summary: 'Follow a reset link: sets the password, signs every other session out, signs in', request: body(PasswordResetConfirmSchema), responses: { 200: session, 400: link, 422: error('weak password (`field`, `reason`)') } },
    { method: 'post', path: '/api/account/password', summary: 'Change the password (current one required); every other session is signed out and a new token returned', security: auth, request: body(ChangePasswordRequestSchema), responses: { 200: session, 401: error('no session'), 403: error('wrong current password (`field: "currentPassword"`), or a guest'), 422: error('weak new password') } },
    { method: 'post', path: '/api/account/email', summary: 'Ask to change the address (current password required): a link (24 h, once) goes to the new address, a notice to the old one. The same 202 when the new address already has an account (its owner is told by mail instead). The address changes only when the link is followed', security: auth, request: body(ChangeEmailRequestSchema), responses: { 202: { description: 'mails sent', ...json(MailSentSchema) }, 401: error('no session'), 403: error('wrong current password (`field: "currentPassword"`), or a guest'), 422: error('malformed address, or the current one (`field: "newEmail"`)'), 429: error('too many requests or mails to this address') } },
    { method: 'post', path: '/api/auth/email-change/confirm', summary: 'Follow the link mailed to a new address: the account signs in with that address from now on, no longer with the old one, and every session of it is signed out (a caller signed in to that account gets a new session back). No session needed', request: body(ConfirmEmailChangeSchema), responses: { 200: { description: 'address changed', ...json(EmailChangedSchema) }, 400: link, 409: error('the address got an account meanwhile'), 422: error('not a link token') } },
    { method: 'post', path: '/api/auth/email-change/undo', summary: "Follow the \"it wasn't me\" link mailed to the address an account left (7 days, once): the account gets that address back, every session of it is signed out, its password and passkeys removed, its pending changes of address and reset links spent, and a link to choose a new password is mailed to the restored address. No session needed", request: body(UndoEmailChangeSchema), responses: { 200: { description: 'address restored', ...json(EmailRestoredSchema) }, 400: link, 409: error('another account took the address meanwhile (`field: "email"`); nothing changed'), 422: error('not a link token'), 429: error('rate limited') } },
    { method: 'post', path: '/api/auth/passkey/options', summary: 'WebAuthn options for a passkey sign-in (a challenge valid 2 minutes, once)', responses: { 200: { description: 'options for navigator.credentials.get', ...json(WebAuthnOptionsSchema) }, 429: error('rate limited') } },
    { method: 'post', path: '/api/auth/passkey/login', summary: 'Sign in with a passkey (challenge unused and fresh, origin and RP ID of this deployment); a guest token merges the guest cart', request: body(PasskeyAnswerSchema), responses: { 200: session, 400: error('challenge replayed or expired, other origin, bad signature (`field: "response"`)'), 401: error('unknown passkey'), 403: error('account deactivated') } },
    { method: 'get', path: '/api/account/passkeys', summary: "The caller's passkeys", security: auth, responses: { 200: { description: 'passkeys', ...json(PasskeyListSchema) }, 401: error('no session') } },
    { method: 'post', path: '/api/account/passkeys/options', summary: 'WebAuthn options to add a passkey to the signed-in account', security: auth, responses: { 200: { description: 'options for navigator.credentials.create', ...json(WebAuthnOptionsSchema) }, 403: error('guests cannot; `reauthentication_required` when the session signed in more than 10 minutes ago') } },
    { method: 'post', path: '/api/account/passkeys', summary: 'Keep the passkey the browser created', security: auth, request: body(PasskeyAnswerSchema), responses: { 201: { description: 'passkey', ...json(PasskeySchema) }, 400: error('challenge replayed or expired, other origin'), 403: error('`reauthentication_required`: the session signed in more than 10 minutes ago'), 409: error('already registered') } },
    { method: 'delete', path: '/api/account/passkeys/{id}', summary: 'Remove one of the caller\'s passkeys', security: auth, request: { params: z.object({ id: z.string() }) }, responses: { 204: { description: 'removed' }, 403: error('`reauthentication_required`: the session signed in more than 10 minutes ago'), 404: error('no such passkey of yours') } },
    { method: 'get', path: '/api/admin/outbox', summary: 'Admin: the e-mails written, newest first (without SMTP_URL they stay here: this is where a developer reads them). Sent mails keep no body', security: auth, request: { query: OutboxQuerySchema }, responses: { 200: { description: 'messages', ...json(OutboxListSchema) }, 403: error('admins only') } },
  ];
}
