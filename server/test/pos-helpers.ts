import { randomUUID } from 'node:crypto';
import type { TestClient } from '../test-support/test-client';
import type { Cart } from '../../shared/cart/cart';
import type { CartCommand } from '../../shared/cart/cart-command';
import { TEST_CARDS } from '../../shared/pos/payment-terminal';

/** The customer shows a handoff code; the clerk (or advisor) redeems it and now serves that cart. */
export async function handCartTo(customer: TestClient, staff: TestClient, cartId: string, channel = 'store'): Promise<Cart> {
  const h = await customer.post(`/api/carts/${cartId}/handoff`);
  if (h.status !== 201) throw new Error(`handoff: ${h.status} ${JSON.stringify(h.body)}`);
  const r = await staff.post(`/api/handoff/${h.body.code}`, undefined, { 'x-channel': channel });
  if (r.status !== 200) throw new Error(`redeem: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Applies commands and fails loudly, for set-up steps. */
export async function must(client: TestClient, cartId: string, commands: CartCommand[], channel: 'web' | 'app' | 'store' | 'advisor' | 'ar' | 'vr' = 'web'): Promise<Cart> {
  const r = await client.commands(cartId, commands, { channel });
  if (r.status !== 200) throw new Error(`commands: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** The card presented to the payment provider's terminal: the till gets the provider's token, never the number. */
export async function terminalToken(client: TestClient, card: string = TEST_CARDS.approved): Promise<string> {
  const r = await fetch(`${client.baseUrl}/pay/sim/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ card }) });
  if (r.status !== 201) throw new Error(`terminal: ${r.status}`);
  return ((await r.json()) as { token: string }).token;
}

export async function tillPay(clerk: TestClient, cartId: string, opts: { card?: string; key?: string; expectedVersion?: number } = {}) {
  return clerk.post(
    `/api/pos/carts/${cartId}/checkout`,
    { token: await terminalToken(clerk, opts.card), ...(opts.expectedVersion !== undefined ? { expectedVersion: opts.expectedVersion } : {}) },
    { 'idempotency-key': opts.key ?? randomUUID(), 'x-channel': 'store' },
  );
}

/** Available units of a product at a location, as every channel reads it. */
export async function availableAt(client: TestClient, productId: string, locationId: string): Promise<number> {
  const r = await client.get(`/api/products/${productId}/availability`);
  return r.body.items.find((i: { locationId: string }) => i.locationId === locationId)?.available ?? 0;
}

export async function shelf(clerk: TestClient, storeId: string, productId: string): Promise<{ onHand: number; reserved: number; available: number }> {
  const r = await clerk.get(`/api/stores/${storeId}/stock`);
  if (r.status !== 200) throw new Error(`stock: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.items.find((i: { productId: string }) => i.productId === productId);
}

export const pickupAt = (locationId: string) => ({ type: 'pickup' as const, locationId });
export const takeNowAt = (locationId: string) => ({ type: 'pickup' as const, locationId, takeNow: true as const });
