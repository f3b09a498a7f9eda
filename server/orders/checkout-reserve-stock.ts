import { sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Line } from '../../shared/cart/cart';
import { planReservations, type Reservation } from '../../shared/stock/plan-reservations';
import { readCandidates } from '../stock/stock-repository';
import { queryRows } from '../db/query-rows';
import { orderReservations } from '../db/schema/commerce';
import { OutOfStock } from './checkout-refusals';
import type { CheckoutTx } from './checkout-tx';

/**
 * Plans where each line comes from and takes it with one conditional update per stock row, in
 * (product, location) order so concurrent checkouts neither oversell nor deadlock. A short row
 * throws OutOfStock, which rolls the whole transaction back.
 */
export async function reserveStock(tx: CheckoutTx, s: Services, lines: readonly Line[], expressFrom: string | undefined): Promise<readonly Reservation[]> {
  const candidates = await readCandidates(tx, s.catalogue, [...new Set(lines.map((l) => l.productId))]);
  const plan = planReservations(lines, candidates, { expressFrom });
  if (!plan.ok) throw new OutOfStock(plan.short);
  for (const r of plan.reservations) {
    const ok = await queryRows<{ product_id: string }>(tx, sql`
      update stock set reserved = reserved + ${r.qty}, updated_at = now()
      where product_id = ${r.productId} and location_id = ${r.locationId} and on_hand - reserved >= ${r.qty}
      returning product_id`);
    if (!ok.length) throw new OutOfStock([]);
  }
  return plan.reservations;
}

/** Records what the order holds per stock row (several plan entries can share one: a pickup and a shipped line from one store). */
export async function recordOrderReservations(tx: CheckoutTx, orderId: string, reservations: readonly Reservation[]): Promise<void> {
  const held = new Map<string, { productId: string; locationId: string; qty: number }>();
  for (const r of reservations) {
    const k = `${r.productId}|${r.locationId}`;
    const h = held.get(k) ?? { productId: r.productId, locationId: r.locationId, qty: 0 };
    h.qty += r.qty;
    held.set(k, h);
  }
  await tx.insert(orderReservations).values([...held.values()].map((h) => ({ orderId, ...h })));
}
