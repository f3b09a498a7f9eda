import type { AuthResponse } from '../../../shared/http/api-schemas';
import type { EmailChanged, EmailRestored, OutboxMessage, Passkey } from '../../../shared/http/account-schemas';
import type { Locale } from '../../../shared/i18n-text';
import { apiRequest } from './api-client';

type WebAuthnOptions = Record<string, unknown> & { challenge: string };

/** Sign-up, mailed links, passwords, passkeys, and the admin's outbox. */
export const accountApi = {
  signUp: (body: { email: string; password: string; name: string; language: Locale }) =>
    apiRequest<{ status: 'check_your_mail' }>('/auth/sign-up', { method: 'POST', body }),
  verifyEmail: (token: string) => apiRequest<AuthResponse>('/auth/verify-email', { method: 'POST', body: { token } }),
  requestReset: (email: string, language: Locale) => apiRequest<{ status: 'check_your_mail' }>('/auth/password-reset', { method: 'POST', body: { email, language } }),
  confirmReset: (token: string, password: string) => apiRequest<AuthResponse>('/auth/password-reset/confirm', { method: 'POST', body: { token, password } }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<AuthResponse>('/account/password', { method: 'POST', body: { currentPassword, newPassword }, renewOn401: false }),
  changeEmail: (newEmail: string, currentPassword: string) =>
    apiRequest<{ status: 'check_your_mail' }>('/account/email', { method: 'POST', body: { newEmail, currentPassword }, renewOn401: false }),
  confirmEmailChange: (token: string) => apiRequest<EmailChanged>('/auth/email-change/confirm', { method: 'POST', body: { token } }),
  undoEmailChange: (token: string) => apiRequest<EmailRestored>('/auth/email-change/undo', { method: 'POST', body: { token } }),
  logoutEverywhere: () => apiRequest<void>('/auth/logout-everywhere', { method: 'POST', renewOn401: false }),
  passkeys: () => apiRequest<{ items: Passkey[] }>('/account/passkeys'),
  passkeyRegistrationOptions: () => apiRequest<WebAuthnOptions>('/account/passkeys/options', { method: 'POST' }),
  addPasskey: (response: unknown) => apiRequest<Passkey>('/account/passkeys', { method: 'POST', body: { response } }),
  removePasskey: (id: string) => apiRequest<void>(`/account/passkeys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  passkeySignInOptions: () => apiRequest<WebAuthnOptions>('/auth/passkey/options', { method: 'POST' }),
  passkeySignIn: (response: unknown) => apiRequest<AuthResponse>('/auth/passkey/login', { method: 'POST', body: { response } }),
  outbox: () => apiRequest<{ mode: 'outbox' | 'smtp'; items: OutboxMessage[] }>('/admin/outbox?limit=50'),
};
