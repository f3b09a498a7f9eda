/** Why a new password is refused; the client shows the matching sentence under the field. */
export type WeakPasswordReason = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// The most used passwords of public breach lists that pass the length rule; a short list is
// enough to refuse the worst, the rate limits do the rest.
const COMMON = new Set([
  '1234567890', '0123456789', '12345678910', 'qwertyuiop', 'azertyuiop', '1q2w3e4r5t', 'password123', 'password1234',
  'motdepasse', 'motdepasse1', 'motdepasse123', 'iloveyou12', 'qwerty1234', 'azerty1234', 'abcdefghij', '1111111111',
  'aaaaaaaaaa', 'football123', 'soleil1234', 'bonjour123', 'vitrine123', 'vitrinevitrine', 'passwordpassword',
]);

/**
 * Checks a new password (sign-up, reset, change): long enough, not a famous one, not the e-mail.
 * Length is counted in characters as typed, so a passphrase in any script works.
 *
 * @example passwordWeakness('short') // 'too_short'; passwordWeakness('a long passphrase') // undefined
 */
export function passwordWeakness(password: string, email?: string): WeakPasswordReason | undefined {
  const chars = [...password.normalize('NFKC')];
  if (chars.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (chars.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const folded = password.toLowerCase();
  if (COMMON.has(folded) || new Set(chars).size <= 2) return 'too_common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (email && (folded.includes(email.toLowerCase()) || (local && local.length >= 4 && folded === local))) return 'contains_email';
  return undefined;
}
