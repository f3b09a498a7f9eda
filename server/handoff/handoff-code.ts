import { randomInt } from 'node:crypto';
import { HANDOFF_ALPHABET, HANDOFF_CODE_LENGTH } from '../../shared/http/api-schemas';

/** 32^6 ≈ 10^9 codes, alive 10 minutes, redeemable once, behind a rate limit: not guessable in practice. */
export const HANDOFF_TTL_MINUTES = 10;

export function newHandoffCode(): string {
  let code = '';
  for (let i = 0; i < HANDOFF_CODE_LENGTH; i++) code += HANDOFF_ALPHABET[randomInt(HANDOFF_ALPHABET.length)];
  return code;
}
