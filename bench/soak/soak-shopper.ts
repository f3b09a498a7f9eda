import { randomUUID } from 'node:crypto';
import type { SoakHttp } from './soak-client';

const ADDRESS = { name: 'Camille Martin', line1: '12 rue de Turenne', postcode: '75004', city: 'Paris', country: 'FR' };
const SEARCHES = ['chaise', 'table', 'lamp', 'sofa', 'bois'];

interface Line { id: string; productId: string; qty: number }
interface Cart { id: string; version: number; lines: Line[] }

/** What the server acknowledged to one shopper: its open cart's lines, and the orders it placed with their line counts. */
export interface Acknowledged {
  token: string;
  cart?: Cart;
  orders: { id: string; lines: number }[];
  /** Add-to-cart commands the server applied, and those it refused for want of stock. */
  adds: { applied: number; outOfStock: number };
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One simulated customer until `until`: mostly browsing (catalogue, search, product pages and
 * their availability), sometimes adding to the cart, now and then checking out (pickup in Lyon or
 * shipping to an address, card payment, Idempotency-Key kept across retries), with think time.
 */
export async function runShopper(http: SoakHttp, productIds: string[], until: number): Promise<Acknowledged> {
  const guest = await http.call<{ token: string }>('POST /api/auth/guest', 'POST', '/api/auth/guest');
  if (!guest) throw new Error('no guest session');
  const ack: Acknowledged = { token: guest.body.token, orders: [], adds: { applied: 0, outOfStock: 0 } };
  const token = ack.token;
  const openCart = async () => {
    const r = await http.call<Cart>('POST /api/carts', 'POST', '/api/carts', { token });
    if (r) ack.cart = r.body;
  };
  await openCart();
  while (Date.now() < until) {
    const roll = Math.random();
    if (roll < 0.55) {
      const id = pick(productIds);
      const r = Math.random();
      if (r < 0.3) await http.call('GET /api/products', 'GET', '/api/products');
      else if (r < 0.5) await http.call('GET /api/products?q=', 'GET', `/api/products?q=${encodeURIComponent(pick(SEARCHES))}`);
      else if (r < 0.8) await http.call('GET /api/products/:id', 'GET', `/api/products/${id}`);
      else await http.call('GET /api/products/:id/availability', 'GET', `/api/products/${id}/availability`);
    } else if (roll < 0.9 && ack.cart) {
      const cart = ack.cart;
      const fulfilment = Math.random() < 0.5 ? { type: 'ship' } : { type: 'pickup', locationId: 'store-lyon' };
      // expectedVersion: a retry after a cut connection cannot apply the same add twice.
      const r = await http.call<Cart>('POST /api/carts/:id/commands', 'POST', `/api/carts/${cart.id}/commands`, {
        token,
        body: { expectedVersion: cart.version, commands: [{ type: 'addLine', productId: pick(productIds), qty: 1, fulfilment }] },
        ok: [200, 409],
      });
      if (r?.status === 200) {
        ack.cart = r.body;
        ack.adds.applied++;
      } else if (r?.status === 409) {
        if ((r.body as { error?: string } | undefined)?.error === 'insufficient_stock') ack.adds.outOfStock++;
        // Out of stock, or our earlier try did apply: the cart as it is now is what was acknowledged.
        const now = await http.call<Cart>('GET /api/carts/:id', 'GET', `/api/carts/${cart.id}`, { token });
        if (now) ack.cart = now.body;
      }
    } else if (ack.cart && ack.cart.lines.length > 0) {
      const cart = ack.cart;
      const ship = cart.lines.length > 0;
      const r = await http.call<{ id: string; lines: unknown[] }>('POST /api/carts/:id/checkout', 'POST', `/api/carts/${cart.id}/checkout`, {
        token,
        headers: { 'idempotency-key': randomUUID() },
        body: { expectedVersion: cart.version, payment: { method: 'card' }, contact: { email: 'soak@vitrine.test' }, ...(ship ? { shippingAddress: ADDRESS } : {}) },
        ok: [200, 201, 409],
      });
      if (r && (r.status === 200 || r.status === 201)) {
        ack.orders.push({ id: r.body.id, lines: r.body.lines.length });
        ack.cart = undefined;
        await openCart();
      } else if (r?.status === 409) {
        // Short of stock: empty the cart and go on (an expected refusal, not an error).
        const now = await http.call<Cart>('GET /api/carts/:id', 'GET', `/api/carts/${cart.id}`, { token });
        if (now?.body.lines.length) {
          const cleared = await http.call<Cart>('POST /api/carts/:id/commands', 'POST', `/api/carts/${cart.id}/commands`, {
            token,
            body: { expectedVersion: now.body.version, commands: now.body.lines.map((l) => ({ type: 'removeLine', lineId: l.id })) },
            ok: [200, 409],
          });
          const latest = await http.call<Cart>('GET /api/carts/:id', 'GET', `/api/carts/${cart.id}`, { token });
          ack.cart = latest?.body ?? cleared?.body ?? now.body;
        }
      }
    }
    await sleep(150 + Math.random() * 350);
  }
  return ack;
}
