import type { CartChanged } from './cart-bus';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; keep a margin. */
export const MAX_NOTIFY_BYTES = 7900;

type Change = Pick<CartChanged, 'cartId' | 'version'>;

/**
 * Packs the cart changes of one moment into as few NOTIFY payloads as fit, each a JSON array of
 * `[cartId, version]`: under load one NOTIFY then carries dozens of changes, instead of one
 * query (and one turn of PostgreSQL's notify queue lock) per change. Later versions of a cart
 * replace earlier ones: listeners only need the newest.
 *
 * @example packNotifications([{ cartId: 'a', version: 3 }]) // ['[["a",3]]']
 */
export function packNotifications(changes: readonly Change[], maxBytes = MAX_NOTIFY_BYTES): string[] {
  const newest = new Map<string, number>();
  for (const c of changes) newest.set(c.cartId, Math.max(c.version, newest.get(c.cartId) ?? -Infinity));
  const payloads: string[] = [];
  let items: string[] = [];
  let bytes = 2;
  for (const [cartId, version] of newest) {
    const item = JSON.stringify([cartId, version]);
    const length = Buffer.byteLength(item);
    if (items.length && bytes + 1 + length > maxBytes) {
      payloads.push(`[${items.join(',')}]`);
      items = [];
      bytes = 2;
    }
    // A comma before every item but the first.
    bytes += length + (items.length ? 1 : 0);
    items.push(item);
  }
  if (items.length) payloads.push(`[${items.join(',')}]`);
  return payloads;
}

/**
 * The changes a NOTIFY payload announces: a packed array, or the single `{cartId, version}`
 * object older processes send (a rolling deploy runs both at once). Malformed entries are skipped.
 */
export function unpackNotification(payload: string): Change[] {
  const parsed: unknown = JSON.parse(payload);
  const entries = Array.isArray(parsed) ? parsed : [parsed];
  const out: Change[] = [];
  for (const e of entries) {
    if (Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1])) out.push({ cartId: e[0], version: e[1] as number });
    else if (e && typeof e === 'object' && typeof (e as Change).cartId === 'string' && Number.isInteger((e as Change).version)) out.push({ cartId: (e as Change).cartId, version: (e as Change).version });
  }
  return out;
}
