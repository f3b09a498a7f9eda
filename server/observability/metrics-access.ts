import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';

/** Headers a proxy adds: a request that carries one came from elsewhere, whatever socket it arrived on. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}

function sameSecret(a: string, b: string): boolean {
  // Digests have one length, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * Who may read `/metrics`: a process on this machine talking to the server directly (loopback
 * socket, no proxy header: behind a local nginx every outside caller also arrives from
 * 127.0.0.1, but with X-Forwarded-For), or anyone presenting `METRICS_TOKEN` as a bearer token.
 *
 * @example mayReadMetrics({ remoteAddress: '127.0.0.1', headers: {} }) // true
 * @example mayReadMetrics({ remoteAddress: '10.0.0.7', headers: { authorization: 'Bearer s3cret…' } }, 's3cret…') // true
 */
export function mayReadMetrics(from: { remoteAddress?: string; headers: IncomingHttpHeaders }, token?: string): boolean {
  const auth = from.headers.authorization;
  if (token && typeof auth === 'string' && auth.startsWith('Bearer ') && sameSecret(auth.slice(7).trim(), token)) return true;
  return isLoopback(from.remoteAddress) && !FORWARDING_HEADERS.some((h) => from.headers[h] !== undefined);
}
