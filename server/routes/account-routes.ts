import { Router } from 'express';
import { asc, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import {
  ChangeEmailRequestSchema, ChangePasswordRequestSchema, ConfirmEmailChangeSchema, OutboxQuerySchema, PasskeyAnswerSchema, PasswordResetConfirmSchema, PasswordResetRequestSchema,
  SignUpRequestSchema, UndoEmailChangeSchema, VerifyEmailRequestSchema,
} from '../../shared/http/account-schemas';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { requestOrigin } from '../http/request-origin';
import { passkeys } from '../db/schema/accounts';
import { parseAccountInput } from '../accounts/parse-account-input';
import { signUp } from '../accounts/sign-up';
import { verifyEmail } from '../accounts/verify-email';
import { requestPasswordReset, resetPassword } from '../accounts/password-reset';
import { changePassword } from '../accounts/change-password';
import { confirmEmailChange, requestEmailChange } from '../accounts/change-email';
import { undoEmailChange } from '../accounts/undo-email-change';
import { relyingParty } from '../accounts/relying-party';
import { finishPasskeyRegistration, startPasskeyRegistration } from '../accounts/passkey-registration';
import { removePasskey } from '../accounts/remove-passkey';
import { finishPasskeySignIn, startPasskeySignIn } from '../accounts/passkey-sign-in';
import { readOutbox } from '../mail/read-outbox';

const CHECK_YOUR_MAIL = { status: 'check_your_mail' } as const;

/** Sign-up, e-mail verification, password reset and change, change of address, passkeys, and the admin's outbox. */
export function accountRoutes(s: Services): Router {
  const r = Router();

  r.post('/auth/sign-up', async (req, res) => {
    await s.limits.signUp.consume(`ip:${req.ip}`);
    const body = parseAccountInput(SignUpRequestSchema, req.body);
    await s.limits.accountMail.consume(body.email);
    await signUp(s, body, req.principal, requestOrigin(req, s.config));
    res.status(202).json(CHECK_YOUR_MAIL);
  });

  r.post('/auth/verify-email', async (req, res) => {
    await s.limits.auth.consume(`verify:${req.ip}`);
    const body = parseAccountInput(VerifyEmailRequestSchema, req.body);
    res.json(await verifyEmail(s, body.token, req.principal, channelOf(req)));
  });

  r.post('/auth/password-reset', async (req, res) => {
    await s.limits.signUp.consume(`ip:${req.ip}`);
    const body = parseAccountInput(PasswordResetRequestSchema, req.body);
    await s.limits.accountMail.consume(body.email);
    await requestPasswordReset(s, body.email, body.language, requestOrigin(req, s.config));
    res.status(202).json(CHECK_YOUR_MAIL);
  });

  r.post('/auth/password-reset/confirm', async (req, res) => {
    await s.limits.auth.consume(`reset:${req.ip}`);
    const body = parseAccountInput(PasswordResetConfirmSchema, req.body);
    res.json(await resetPassword(s, body.token, body.password, req.principal, channelOf(req)));
  });

  r.post('/account/password', async (req, res) => {
    const me = requirePrincipal(req);
    await s.limits.auth.consume(`password:${me.userId}`);
    const body = parseAccountInput(ChangePasswordRequestSchema, req.body);
    res.json(await changePassword(s, me, body, channelOf(req)));
  });

  r.post('/account/email', async (req, res) => {
    const me = requirePrincipal(req);
    await s.limits.auth.consume(`email:${me.userId}`);
    const body = parseAccountInput(ChangeEmailRequestSchema, req.body);
    await s.limits.accountMail.consume(body.newEmail);
    await requestEmailChange(s, me, body, requestOrigin(req, s.config));
    res.status(202).json(CHECK_YOUR_MAIL);
  });

  // Open without a session: the link may be followed on another device than the one that asked.
  // Every session of the account is signed out; one of that account following the link gets a new one.
  r.post('/auth/email-change/confirm', async (req, res) => {
    await s.limits.auth.consume(`email-change:${req.ip}`);
    const body = parseAccountInput(ConfirmEmailChangeSchema, req.body);
    const { session } = await confirmEmailChange(s, body.token, req.principal, channelOf(req), requestOrigin(req, s.config));
    res.json({ status: 'email_changed', ...(session ? { session } : {}) });
  });

  // Open without a session: every session of the account is signed out, and the new password is
  // chosen from the mail this sends to the restored address.
  r.post('/auth/email-change/undo', async (req, res) => {
    await s.limits.auth.consume(`email-undo:${req.ip}`);
    const body = parseAccountInput(UndoEmailChangeSchema, req.body);
    await undoEmailChange(s, body.token, requestOrigin(req, s.config));
    res.json({ status: 'email_restored' });
  });

  r.post('/auth/passkey/options', async (req, res) => {
    await s.limits.auth.consume(`passkey:${req.ip}`);
    res.json(await startPasskeySignIn(s, relyingParty(req, s.config)));
  });

  r.post('/auth/passkey/login', async (req, res) => {
    await s.limits.auth.consume(`passkey-login:${req.ip}`);
    const body = parseAccountInput(PasskeyAnswerSchema, req.body);
    res.json(await finishPasskeySignIn(s, body.response as never, req.principal, channelOf(req), relyingParty(req, s.config)));
  });

  r.get('/account/passkeys', async (req, res) => {
    const me = requirePrincipal(req);
    const rows = await s.database.db.select().from(passkeys).where(eq(passkeys.userId, me.userId)).orderBy(asc(passkeys.createdAt));
    res.json({
      items: rows.map((k) => ({ id: k.id, createdAt: new Date(k.createdAt).toISOString(), ...(k.lastUsedAt ? { lastUsedAt: new Date(k.lastUsedAt).toISOString() } : {}) })),
    });
  });

  r.post('/account/passkeys/options', async (req, res) => {
    const me = requirePrincipal(req);
    res.json(await startPasskeyRegistration(s, me, relyingParty(req, s.config)));
  });

  r.post('/account/passkeys', async (req, res) => {
    const me = requirePrincipal(req);
    const body = parseAccountInput(PasskeyAnswerSchema, req.body);
    res.status(201).json(await finishPasskeyRegistration(s, me, body.response as never, relyingParty(req, s.config)));
  });

  r.delete('/account/passkeys/:id', async (req, res) => {
    await removePasskey(s, requirePrincipal(req), String(req.params.id));
    res.status(204).end();
  });

  r.get('/admin/outbox', async (req, res) => {
    requirePrincipal(req, 'admin');
    const q = parseInput(OutboxQuerySchema, req.query, 'query');
    res.json({ mode: s.mail.mode, items: await readOutbox(s.database.db, q) });
  });

  return r;
}
