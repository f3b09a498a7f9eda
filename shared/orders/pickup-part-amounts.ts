import type { Money } from '../money';
import { money } from '../money-math';
import { linePriceOf } from '../pricing/line-price-of';
import type { Order } from './order';

/** What one store's part of an order is worth: what its desk charges when the order is paid at pickup. */
export interface PartAmount {
  storeId: string;
  amount: Money;
}

export interface PickupPartAmounts {
  parts: PartAmount[];
  /**
   * What belongs to no part (shipped lines, lines handed over at the till, their fees), with its
   * share of order-level discounts; zero when `rest` is `'parts'` (the parts carry it).
   */
  rest: Money;
}

type AmountsOrder = Pick<Order, 'lines' | 'totals' | 'pickups' | 'delivery'>;

/**
 * Splits an order's total between its pickup parts. Each part weighs its own lines, promotions
 * included (`line.price.total`), plus the fee of its own pickup group; everything else in the
 * total (order-level discounts, delivery fees of other groups, and with `rest: 'parts'` the lines
 * of no part) is shared among them in proportion to that weight. Shares are rounded down and the
 * last part takes the remainder cents, so the parts (and `rest`) add up to the order total exactly.
 *
 * `rest: 'parts'` (the default) is what desks charge for an order paid at pickup: every cent of
 * it is paid at one desk or another. `rest: 'apart'` keeps what no part holds out of the parts,
 * which is what cancelling one part of an order paid beforehand gives back.
 *
 * @example pickupPartAmounts(order).parts // [{ storeId: 'store-paris', amount: { amount: 4900, currency: 'EUR' } }, ...]
 */
export function pickupPartAmounts(order: AmountsOrder, opts: { rest?: 'parts' | 'apart' } = {}): PickupPartAmounts {
  const { total } = order.totals;
  const parts = order.pickups ?? [];
  if (!parts.length) return { parts: [], rest: total };
  const lineValue = new Map(order.lines.map((l) => [l.id, linePriceOf(l).total.amount]));
  const feeOf = (storeId: string) => (order.delivery ?? [])
    .filter((g) => g.method === 'pickup' && g.locationId === storeId)
    .reduce((s, g) => s + g.fee.amount, 0);
  const weights = parts.map((p) => BigInt(p.lineIds.reduce((s, id) => s + (lineValue.get(id) ?? 0), 0) + feeOf(p.storeId)));
  let restWeight = 0n;
  if (opts.rest === 'apart') {
    const inParts = new Set(parts.flatMap((p) => p.lineIds));
    const restLines = order.lines.filter((l) => !inParts.has(l.id)).reduce((s, l) => s + linePriceOf(l).total.amount, 0);
    const partStores = new Set(parts.map((p) => p.storeId));
    const restFees = (order.delivery ?? [])
      .filter((g) => !(g.method === 'pickup' && g.locationId && partStores.has(g.locationId)))
      .reduce((s, g) => s + g.fee.amount, 0);
    restWeight = BigInt(restLines + restFees);
  }
  const sum = weights.reduce((s, w) => s + w, 0n) + restWeight;
  const whole = BigInt(total.amount);
  // In BigInt: a total times a weight may pass 2^53 on a large order.
  const share = (w: bigint) => (sum > 0n ? floorDiv(whole * w, sum) : 0n);
  const rest = share(restWeight);
  const amounts = weights.map((w) => share(w));
  // Everything free (or weights all zero): the last part carries the whole total; rounding remainder likewise.
  amounts[amounts.length - 1] = whole - rest - amounts.slice(0, -1).reduce((s, a) => s + a, 0n);
  return {
    parts: parts.map((p, i) => ({ storeId: p.storeId, amount: money(Number(amounts[i]), total.currency) })),
    rest: money(Number(rest), total.currency),
  };
}

/**
 * What the part of `storeId` is worth (`opts` as for `pickupPartAmounts`): by default what its desk
 * charges for an order paid at pickup; undefined when that store has no part in the order.
 *
 * @example partAmountAt(order, 'store-lyon') // { amount: 5865, currency: 'EUR' }
 */
export function partAmountAt(order: AmountsOrder, storeId: string, opts: { rest?: 'parts' | 'apart' } = {}): Money | undefined {
  return pickupPartAmounts(order, opts).parts.find((p) => p.storeId === storeId)?.amount;
}

/** Rounds towards minus infinity, as Math.floor does, for a negative total (never in practice) as well. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
