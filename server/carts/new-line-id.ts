import { randomBytes } from 'node:crypto';

/** Line ids are unguessable only to keep them short and unique; access is checked on the cart. */
export function newLineId(): string {
  return `ln_${randomBytes(6).toString('base64url')}`;
}
