const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // terminated by administrator
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up)
  '53300', // too many connections
]);
const UNAVAILABLE_SYSCALLS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end|PGlite is closed/i;

/**
 * Whether a failure means "the database did not answer" (the request may be retried as is) rather
 * than a bug. Drizzle wraps driver errors, so the whole `cause` chain is read.
 *
 * @example if (isDatabaseUnavailable(err)) res.status(503)…
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e !== 'object') return false;
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || e.code.startsWith('08') || UNAVAILABLE_SYSCALLS.has(e.code))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}
