import { HANDOFF_ALPHABET, HANDOFF_CODE_LENGTH } from '../../../../shared/http/handoff-format';

const CODE = new RegExp(`^[${HANDOFF_ALPHABET}]{${HANDOFF_CODE_LENGTH}}$`);

/**
 * The handoff code in what the till received: typed by the clerk (any case, spaces or dashes) or
 * read from the customer's QR code, which holds `<origin>/pos?code=XXXXXX`. Null when it is not one.
 *
 * @example parseHandoffCode('https://vitrine.example/pos?code=k7p2qx') // "K7P2QX"
 * @example parseHandoffCode('k7p 2qx') // "K7P2QX"
 */
export function parseHandoffCode(input: string): string | null {
  const raw = input.trim();
  let candidate = raw;
  const q = raw.indexOf('code=');
  if (q >= 0) candidate = decodeURIComponent(raw.slice(q + 5).split(/[&#]/)[0] ?? '');
  candidate = candidate.replace(/[\s-]/g, '').toUpperCase();
  return CODE.test(candidate) ? candidate : null;
}
