/**
 * A UTF-16 surrogate without its partner: JSON may carry one (`"\ud800"`), but it is no character,
 * cannot be written as UTF-8 and is refused by PostgreSQL's jsonb. Text holding one is malformed.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** @example hasLoneSurrogate('a\ud800b') // true; hasLoneSurrogate('😀') // false */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * True when any string in a parsed JSON value (keys included) holds a lone surrogate.
 *
 * @example containsLoneSurrogate({ message: ['ok', '\udc00'] }) // true
 */
export function containsLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasLoneSurrogate(value);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsLoneSurrogate(v, depth + 1));
  return Object.entries(value).some(([k, v]) => hasLoneSurrogate(k) || containsLoneSurrogate(v, depth + 1));
}

/** @example dropLoneSurrogates('a\ud800b😀') // 'ab😀' */
export function dropLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATES, '');
}
