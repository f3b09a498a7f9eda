import { createHash, randomInt } from 'node:crypto';
import { HANDOFF_ALPHABET, HANDOFF_CODE_LENGTH } from '../../shared/http/api-schemas';

/** 32^6 ≈ 10^9 codes, alive 10 minutes, redeemable once, behind a rate limit: not guessable in practice. */
export const HANDOFF_TTL_MINUTES = 10;

export function newHandoffCode(): string {
  let code = '';
  for (let i = 0; i < HANDOFF_CODE_LENGTH; i++) code += HANDOFF_ALPHABET[randomInt(HANDOFF_ALPHABET.length)];
  return code;
}

/**
 * What the database keeps of a code: its SHA-256, so a copy of the database opens no cart and
 * signs no one in. Enough for codes that live minutes and whose redemption is rate-limited.
 *
 * @example await db.select().from(handoffCodes).where(eq(handoffCodes.codeHash, hashCode(code)))
 */
export function hashCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase(), 'utf8').digest('hex');
}
