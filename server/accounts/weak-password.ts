import { passwordWeakness } from '../../shared/accounts/password-strength';
import { HttpError } from '../http/http-error';

/**
 * Throws a 422 naming the field and the reason when a new password is too weak.
 *
 * @example refuseWeakPassword(body.password, body.email, 'password');
 */
export function refuseWeakPassword(password: string, email: string | undefined, field: string): void {
  const reason = passwordWeakness(password, email);
  if (reason) throw new HttpError(422, 'invalid', `${field}: this password is too weak (${reason})`, { field, reason });
}
