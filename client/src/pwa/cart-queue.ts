import type { Cart, Line } from '../../../shared/cart/cart';
import type { CartCommand } from '../../../shared/cart/cart-command';
import type { CartContext } from '../../../shared/cart/cart-context';
import type { Channel } from '../../../shared/channel';
import { applyCartCommands } from '../../../shared/cart/apply-cart-commands';
import { fulfilmentKey } from '../../../shared/cart/fulfilment-key';

/** Prefix of line ids made on the device while offline; the server gives the real ones on replay. */
export const LOCAL_LINE = 'local-';

/** A batch of cart commands made offline, waiting to be sent (in order) with its own idempotency key. */
export interface QueuedBatch {
  key: string;
  userId: string;
  commands: CartCommand[];
  channel?: Channel;
  /** Lines this batch created on the device, to learn their server ids once it is applied. */
  localLines: { localId: string; productId: string; variantId?: string; fulfilment: Line['fulfilment'] }[];
  at: number;
}

const lineKey = (l: Pick<Line, 'productId' | 'variantId' | 'fulfilment'>) => `${l.productId}\u0000${l.variantId ?? ''}\u0000${fulfilmentKey(l.fulfilment)}`;

/**
 * Applies a batch to the cart on screen while offline, so the customer sees their change at once.
 * The version is left as it is: the server's next version must replace this guess, not be taken for old.
 *
 * @example const { cart, localLines } = applyOffline(cart, commands, ctx) ?? { cart, localLines: [] }
 */
export function applyOffline(
  cart: Cart,
  commands: readonly CartCommand[],
  ctx: Omit<CartContext, 'newLineId'>,
  newId: () => string,
): { cart: Cart; localLines: QueuedBatch['localLines'] } | null {
  const made: string[] = [];
  const r = applyCartCommands(cart, commands, {
    ...ctx,
    // This device holds only part of the catalogue: the server tells of price changes when the batch reaches it.
    reconcilePrices: false,
    newLineId: () => {
      const id = `${LOCAL_LINE}${newId()}`;
      made.push(id);
      return id;
    },
  });
  if (!r.ok) return null;
  const localLines = r.cart.lines
    .filter((l) => made.includes(l.id))
    .map((l) => ({ localId: l.id, productId: l.productId, ...(l.variantId ? { variantId: l.variantId } : {}), fulfilment: l.fulfilment }));
  return { cart: { ...r.cart, version: cart.version }, localLines };
}

/**
 * The commands of a batch as the server must receive them: device-made line ids replaced by the
 * server's, and changes to lines that no longer exist (removed on another device) left out.
 *
 * @example translateCommands([{ type: 'setQty', lineId: 'local-1', qty: 2 }], { 'local-1': 'ln_9' }, serverCart)
 */
export function translateCommands(commands: readonly CartCommand[], ids: Readonly<Record<string, string>>, server: Pick<Cart, 'lines'>): CartCommand[] {
  const known = new Set(server.lines.map((l) => l.id));
  // Lines added earlier in this same batch are known too (by their local id, mapped after).
  return commands.flatMap((c): CartCommand[] => {
    if (c.type === 'addLine') return [c];
    if (c.type === 'acceptPrices') {
      if (!c.lineIds) return [c];
      const lineIds = c.lineIds.map((id) => ids[id] ?? id).filter((id) => !id.startsWith(LOCAL_LINE) && known.has(id));
      return lineIds.length ? [{ ...c, lineIds }] : [];
    }
    const lineId = ids[c.lineId] ?? c.lineId;
    if (lineId.startsWith(LOCAL_LINE) || !known.has(lineId)) return [];
    return [{ ...c, lineId }];
  });
}

/**
 * After the server applied a batch: which server line each device-made line became (same product,
 * variant and fulfilment, the key lines merge on).
 */
export function learnLineIds(batch: Pick<QueuedBatch, 'localLines'>, cart: Pick<Cart, 'lines'>): Record<string, string> {
  const byKey = new Map(cart.lines.map((l) => [lineKey(l), l.id]));
  const out: Record<string, string> = {};
  for (const l of batch.localLines) {
    const id = byKey.get(lineKey(l));
    if (id) out[l.localId] = id;
  }
  return out;
}
