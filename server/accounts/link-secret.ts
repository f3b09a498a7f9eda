import { createHash, randomBytes } from 'node:crypto';
import { HttpError } from '../http/http-error';

/**
 * The secret of a mailed link (verification, reset): 32 random bytes, so it cannot be guessed;
 * only its SHA-256 is stored, so the database alone opens no account.
 *
 * @example const { token, hash } = newLinkSecret(); // token goes in the mail, hash in the table
 */
export function newLinkSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Why a link was refused; the client words it ("this link was already used", "…has expired"). */
export type LinkProblem = 'used' | 'expired' | 'unknown';

/** 400 naming the field, so the page can say what happened and offer a new link. */
export function linkRefused(reason: LinkProblem): HttpError {
  const message = { used: 'this link was already used', expired: 'this link has expired', unknown: 'this link is not valid' }[reason];
  return new HttpError(400, 'invalid', message, { field: 'token', reason });
}

/** Where a link leads: the secret travels after `#`, so it never reaches a server log or a Referer. */
export function linkTo(origin: string, page: string, token?: string): string {
  return `${origin}${page}${token ? `#token=${token}` : ''}`;
}
