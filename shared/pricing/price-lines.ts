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

/**
 * Totals of a set of lines, promotions included. Bundles are applied first and the units they
 * consume are not discounted again by a category percentage, so discounts never stack on one unit.
 *
 * Each line is charged its own `unitPrice` (the variant's price when it has one, see line-price.ts).
 *
 * @example priceLines(cart.lines, { categoryOf, promotions: [], now }).totals.total
 */
export function priceLines(
  allLines: readonly (Pick<Line, 'productId' | 'qty' | 'unitPrice'> & { unavailable?: boolean })[],
  ctx: PricingContext,
  currency = 'EUR',
): { totals: CartTotals; promotions: AppliedPromotion[] } {
  // A line no longer sold cannot be paid for, so it counts for nothing (the cart page says why).
  const lines = allLines.filter((l) => !l.unavailable);
  const items = sumMoney(lines.map((l) => multiplyMoney(l.unitPrice, l.qty)), currency);
  // Units still free for a promotion, per product, dearest first: lines of one product may carry
  // different prices (added before and after a price change), and bundles take the dearest units.
  const units = new Map<string, { price: number; qty: number }[]>();
  for (const l of lines) {
    const list = units.get(l.productId) ?? [];
    list.push({ price: l.unitPrice.amount, qty: l.qty });
    units.set(l.productId, list);
  }
  for (const list of units.values()) list.sort((a, b) => b.price - a.price);
  const count = (id: string) => (units.get(id) ?? []).reduce((s, u) => s + u.qty, 0);
  const take = (id: string, n: number) => {
    let taken = 0;
    for (const u of units.get(id) ?? []) {
      const k = Math.min(u.qty, n);
      taken += k * u.price;
      u.qty -= k;
      n -= k;
    }
    return taken;
  };
  const active = ctx.promotions.filter((p) => isPromotionActive(p, ctx.now));
  const applied: AppliedPromotion[] = [];

  for (const p of active) {
    if (p.kind !== 'bundle' || p.price.currency !== currency) continue;
    let saving = 0;
    // Set by set, so a set whose units already cost less than the bundle price is left alone.
    while (p.productIds.every((id) => count(id) > 0)) {
      const peek = p.productIds.reduce((s, id) => s + (units.get(id) ?? []).find((u) => u.qty > 0)!.price, 0);
      if (peek <= p.price.amount) break;
      saving += p.productIds.reduce((s, id) => s + take(id, 1), 0) - p.price.amount;
    }
    if (saving > 0) applied.push({ id: p.id, label: p.label, amount: money(saving, currency) });
  }
  for (const p of active) {
    if (p.kind !== 'category_percent') continue;
    let base = 0;
    for (const [productId, list] of units) {
      if (ctx.categoryOf(productId) === p.category) base += list.reduce((s, u) => s + u.qty * u.price, 0);
    }
    // Rounded down so the shown percentage is never exceeded.
    const amount = Math.floor((base * p.percent) / 100);
    if (amount > 0) applied.push({ id: p.id, label: p.label, amount: money(amount, currency) });
  }
  const discount = sumMoney(applied.map((a) => a.amount), currency);
  const total = money(Math.max(0, items.amount - discount.amount), currency);
  return { totals: { items, discount, total }, promotions: applied };
}
