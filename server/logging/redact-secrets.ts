/**
 * What must never reach a log line: tokens, passwords, one-time codes (handoff, pickup,
 * device-link, verification), card data, and the parameters of a failed query (which carry all of
 * these and personal data besides). Pure functions over strings and plain objects.
 */

export const REDACTED = '[redacted]';

const STRING_RULES: [RegExp, string][] = [
  // JSON Web Tokens wherever they appear (URLs, messages, join options).
  [/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  [/(\bBearer\s+)[^\s"',]+/gi, `$1${REDACTED}`],
  // Query strings: ?token=…, &code=…
  [/([?&;](?:token|access_token|code|password|pickup_?code|link|key|secret)=)[^&#\s"'<>]*/gi, `$1${REDACTED}`],
  // Codes carried in the path: /api/handoff/<code>, /api/auth/device-link/<code>, …/pickup-code/<code>.
  [/(\/(?:handoff|device-link|pickup-code|pickups\/code|verify|verification)\/)(?!events\b)[^/?#\s"'<>]+/gi, `$1${REDACTED}`],
  // Drizzle and pg errors append every bound value of the failed query.
  [/(\bparams:\s?)[^\n]*/g, `$1${REDACTED}`],
  // JSON or JS-object text: "password":"…", token: '…'
  [/(["']?(?:password|token|code|pickupCode|handoffCode|cardNumber|number|cvc|cvv|secret)["']?\s*[:=]\s*)(["'])(?:(?!\2).)*\2/gi, `$1$2${REDACTED}$2`],
];

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Removes secrets from free text: a URL, an error message, a stack, a formatted log message.
 *
 * @example redactText('/api/carts/c1/events?token=eyJ…') // '/api/carts/c1/events?token=[redacted]'
 */
export function redactText(text: string): string {
  let out = text;
  for (const [re, by] of STRING_RULES) out = out.replace(re, by);
  // Card numbers: 13 to 19 digits, spaced or not, that pass the Luhn check.
  return out.replace(/\b\d(?:[ -]?\d){12,18}\b/g, (m) => (luhn(m.replace(/\D/g, '')) ? REDACTED : m));
}

const SECRET_KEY = /token|password|secret|authorization|cookie|^cvc$|^cvv$|^pan$|card_?number|^number$|handoff_?code|pickup_?code|link_?code|verification_?code|^code$/i;

function isErrorLike(o: Record<string, unknown>): boolean {
  return typeof o.stack === 'string' || (typeof o.type === 'string' && typeof o.message === 'string');
}

/**
 * A copy of a log object with secret-named fields censored and every string passed through
 * `redactText`. An error's own `code` (ECONNRESET, 57P01) is kept: it is what one searches for.
 *
 * @example redactValue({ options: { token: 'eyJ…' } }) // { options: { token: '[redacted]' } }
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value instanceof Error) return redactValue(serialiseError(value), depth);
  const src = value as Record<string, unknown>;
  const errorLike = isErrorLike(src);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (SECRET_KEY.test(k) && !(errorLike && k === 'code') && v !== undefined && v !== null && typeof v !== 'boolean') out[k] = REDACTED;
    else out[k] = redactValue(v, depth + 1);
  }
  return out;
}

/** An error as plain data (message, stack, code, cause, …) minus what only a debugger needs: the query and its parameters. */
export function serialiseError(err: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { type: err.name, message: err.message, stack: err.stack };
  for (const [k, v] of Object.entries(err)) {
    if (k === 'params' || k === 'parameters' || k === 'query' || k === 'values') continue;
    out[k] = v instanceof Error ? serialiseError(v) : v;
  }
  if (err.cause instanceof Error) out.cause = serialiseError(err.cause);
  return out;
}
