import { isApiError } from '../../api/api-error';
import type { MessageKey } from '../../i18n/fr';

/** A refused account request, worded for the person: under a field when the server named one, else on the form. */
export interface FormProblem {
  field?: string;
  key?: MessageKey;
  /** Already worded (the API error's own translation). */
  text?: string;
}

const REASONS: Record<string, MessageKey> = {
  too_short: 'acct.err.too_short',
  too_long: 'acct.err.too_long',
  too_common: 'acct.err.too_common',
  contains_email: 'acct.err.contains_email',
  used: 'acct.err.used',
  expired: 'acct.err.expired',
  unknown: 'acct.err.unknown',
  wrong: 'acct.err.wrongCurrent',
  same: 'acct.err.sameEmail',
};

/**
 * What to show for a failed sign-up, reset or password change: the server's `field` and `reason`
 * become a sentence under that field.
 *
 * @example problemOf(err) // { field: 'password', key: 'acct.err.too_short' }
 */
export function problemOf(e: unknown): FormProblem {
  if (!isApiError(e)) return { text: (e as Error).message };
  const field = typeof e.body.field === 'string' ? e.body.field : undefined;
  const reason = typeof e.body.reason === 'string' ? e.body.reason : undefined;
  if (reason && REASONS[reason]) return { field, key: REASONS[reason] };
  if (e.code === 'conflict' && field === 'email') return { field, key: 'acct.err.taken' };
  if (field === 'email' || field === 'newEmail') return { field, key: 'acct.err.email' };
  if (field === 'name') return { field, key: 'acct.err.name' };
  if (field === 'token') return { field, key: 'acct.err.unknown' };
  return { field, text: e.message };
}

/** The hash's `token=` (mailed links carry it after `#`), taken out of the address bar. */
export function takeLinkToken(): string | null {
  const token = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (!token) return null;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return token;
}
