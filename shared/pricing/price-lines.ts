import type { Line, CartTotals } from '../cart/cart';
import type { Category } from '../catalogue/product';
import type { Money } from '../money';
import { money, multiplyMoney, sumMoney } from '../money-math';
import type { Promotion } from './promotion';
import { isPromotionActive } from './promotion-window';

export interface AppliedPromotion {
  id: string;
  label: { fr: string; en: string };
  amount: Money;
}

export interface PricingContext {
  categoryOf(productId: string): Category | undefined;
  promotions: readonly Promotion[];
  now: string;
}

/** What one line costs, promotions included; the lines' totals add up to the cart's total. */
export interface LinePrice {
  /** One unit after per-unit promotions: the price the storefront, the product page and every other surface show. */
  unit: Money;
  /** One unit before promotions, when a promotion lowers it. */
  was?: Money;
  /** The whole line after every promotion, set offers included. */
  total: Money;
}

type PricedLine = Pick<Line, 'productId' | 'qty' | 'unitPrice'> & { unavailable?: boolean };

/**
 * Totals of a set of lines, promotions included, and the price of each line (same order as `allLines`).
 * Bundles are applied first and the units they consume are not discounted again by a category
 * percentage, so discounts never stack on one unit. A category percentage is taken off each unit,
 * rounded down (see unit-price.ts), so a unit costs the same on every surface. A set's saving is
 * shared among its units in proportion to their prices, so each line carries its part.
 *
 * Each line is charged its own `unitPrice` (the variant's price when it has one, see line-price.ts).
 *
 * @example priceLines(cart.lines, { categoryOf, promotions: [], now }).totals.total
 */
export function priceLines(
  allLines: readonly PricedLine[],
  ctx: PricingContext,
  currency = 'EUR',
): { totals: CartTotals; promotions: AppliedPromotion[]; lines: LinePrice[] } {
  // A line no longer sold cannot be paid for, so it counts for nothing (the cart page says why).
  const counted = allLines.map((l) => !l.unavailable);
  const items = sumMoney(allLines.filter((_, i) => counted[i]).map((l) => multiplyMoney(l.unitPrice, l.qty)), currency);
  const lineOff = allLines.map(() => 0);
  // Units still free for a promotion, per product, dearest first: lines of one product may carry
  // different prices (added before and after a price change), and bundles take the dearest units.
  const units = new Map<string, { line: number; price: number; qty: number }[]>();
  allLines.forEach((l, line) => {
    if (!counted[line] || l.unitPrice.currency !== currency) return;
    const list = units.get(l.productId) ?? [];
    list.push({ line, price: l.unitPrice.amount, qty: l.qty });
    units.set(l.productId, list);
  });
  for (const list of units.values()) list.sort((a, b) => b.price - a.price || a.line - b.line);
  const count = (id: string) => (units.get(id) ?? []).reduce((s, u) => s + u.qty, 0);
  const nextUnit = (id: string) => (units.get(id) ?? []).find((u) => u.qty > 0);
  const active = ctx.promotions.filter((p) => isPromotionActive(p, ctx.now));
  const applied: AppliedPromotion[] = [];

  for (const p of active) {
    if (p.kind !== 'bundle' || p.price.currency !== currency) continue;
    let saving = 0;
    // Set by set, so a set whose units already cost less than the bundle price is left alone.
    while (p.productIds.every((id) => count(id) > 0)) {
      const set = p.productIds.map((id) => nextUnit(id)).filter((u) => u !== undefined);
      const full = set.reduce((s, u) => s + u.price, 0);
      if (full <= p.price.amount) break;
      const setSaving = full - p.price.amount;
      // Shared in proportion to prices, rounded down; what rounding leaves goes to the first unit.
      let given = 0;
      for (const u of set) {
        const share = Math.floor((setSaving * u.price) / full);
        lineOff[u.line] = (lineOff[u.line] ?? 0) + share;
        given += share;
        u.qty -= 1;
      }
      const first = set[0];
      if (first) lineOff[first.line] = (lineOff[first.line] ?? 0) + setSaving - given;
      saving += setSaving;
    }
    if (saving > 0) applied.push({ id: p.id, label: p.label, amount: money(saving, currency) });
  }
  const unitOff = allLines.map(() => 0);
  for (const p of active) {
    if (p.kind !== 'category_percent') continue;
    let amount = 0;
    for (const [productId, list] of units) {
      if (ctx.categoryOf(productId) !== p.category) continue;
      for (const u of list) {
        // Rounded down per unit so the shown percentage is never exceeded and a unit costs the same everywhere.
        const off = Math.floor((u.price * p.percent) / 100);
        unitOff[u.line] = (unitOff[u.line] ?? 0) + off;
        lineOff[u.line] = (lineOff[u.line] ?? 0) + off * u.qty;
        amount += off * u.qty;
      }
    }
    if (amount > 0) applied.push({ id: p.id, label: p.label, amount: money(amount, currency) });
  }
  const discount = sumMoney(applied.map((a) => a.amount), currency);
  const total = money(Math.max(0, items.amount - discount.amount), currency);
  const lines = allLines.map((l, i): LinePrice => {
    const off = unitOff[i] ?? 0;
    const unit = money(Math.max(0, l.unitPrice.amount - off), l.unitPrice.currency);
    const lineTotal = money(Math.max(0, l.unitPrice.amount * l.qty - (lineOff[i] ?? 0)), l.unitPrice.currency);
    return off > 0 ? { unit, was: l.unitPrice, total: lineTotal } : { unit, total: lineTotal };
  });
  return { totals: { items, discount, total }, promotions: applied, lines };
}
