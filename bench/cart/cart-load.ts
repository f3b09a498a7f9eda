import { TEST_ADDRESS, TestClient } from '../../server/test-support/test-client';
import { percentile, runLoad, type LoadResult } from '../support/latency-stats';
import { postJson } from '../support/keep-alive-client';

const PRODUCTS = ['chair-mora', 'chair-arc', 'lamp-bulle', 'lamp-galet', 'vase-amphore', 'vase-bulle-verre', 'clock-gare', 'stool-tripode', 'shelf-flotte', 'planter-terrazzo'];

async function guests(url: string, n: number): Promise<{ c: TestClient; cartId: string }[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    const c = await TestClient.guest(url);
    return { c, cartId: (await c.cart()).id };
  }));
}

/** 50 customers adding to their own carts as fast as the server answers. */
export async function addToCartLoad(url: string, concurrency: number, seconds: number): Promise<LoadResult> {
  const clients = await guests(url, concurrency);
  return runLoad(concurrency, seconds, async (loop, i) => {
    const { c, cartId } = clients[loop]!;
    // Each product's line grows by one per add; spread over products so lines stay under the per-line cap.
    const productId = PRODUCTS[i % PRODUCTS.length]!;
    const r = await postJson(`${url}/api/carts/${cartId}/commands`, { commands: [{ type: 'addLine', productId, qty: 1, fulfilment: { type: 'ship' } }] }, { authorization: `Bearer ${c.token}`, 'x-channel': 'app' });
    if (r.status === 422 && r.body.reason === 'qty_too_large') {
      clients[loop]!.cartId = (await c.checkout(cartId, `bench-reset-${loop}-${i}`)).status === 201 ? (await c.cart()).id : cartId;
    }
    return r.status === 200;
  });
}

/**
 * 50 customers checking out three-line carts. Carts are filled beforehand so that only checkout
 * calls are timed and counted; each loop stops at the deadline or when its carts run out.
 */
export async function checkoutLoad(url: string, concurrency: number, seconds: number, cartsPerClient: number): Promise<LoadResult> {
  const queues: { c: TestClient; cartId: string }[][] = Array.from({ length: concurrency }, () => []);
  for (let k = 0; k < cartsPerClient; k++) {
    await Promise.all(queues.map(async (q, loop) => {
      const c = await TestClient.guest(url);
      const cartId = (await c.cart()).id;
      const lines = [0, 1, 2].map((j) => ({ type: 'addLine' as const, productId: PRODUCTS[(k + j * 3 + loop) % PRODUCTS.length], qty: 1, fulfilment: { type: 'ship' as const } }));
      await c.commands(cartId, lines);
      q.push({ c, cartId });
    }));
  }
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(queues.map(async (q, loop) => {
    for (let i = 0; i < q.length && performance.now() < deadline; i++) {
      const { c, cartId } = q[i]!;
      const t0 = performance.now();
      const r = await postJson(`${url}/api/carts/${cartId}/checkout`, { payment: { method: 'card' }, shippingAddress: TEST_ADDRESS }, { authorization: `Bearer ${c.token}`, 'idempotency-key': `bench-${loop}-${i}` });
      if (r.status === 201) latencies.push(performance.now() - t0);
      else errors++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ops: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/**
 * Open loop: 50 customers together offering `ratePerSecond` adds (each on its own schedule,
 * without waiting for the previous answer), as real shoppers do. Shows the latency at a given
 * load rather than at saturation, e.g. at 50 times Medusa's measured 17 adds per second.
 */
export async function addToCartAtRate(url: string, concurrency: number, ratePerSecond: number, seconds: number): Promise<LoadResult> {
  const clients = await guests(url, concurrency);
  const latencies: number[] = [];
  let errors = 0;
  const intervalMs = (1000 * concurrency) / ratePerSecond;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const inFlight: Promise<void>[] = [];
  await Promise.all(clients.map(async ({ c, cartId }, loop) => {
    // Spread the clients' first requests over one interval so they do not arrive in bursts.
    let next = started + (intervalMs * loop) / concurrency;
    for (let i = 0; next < deadline; i++, next += intervalMs) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t0 = performance.now();
      inFlight.push(postJson(`${url}/api/carts/${cartId}/commands`, { commands: [{ type: 'addLine', productId: PRODUCTS[i % PRODUCTS.length], qty: 1, fulfilment: { type: 'ship' } }] }, { authorization: `Bearer ${c.token}`, 'x-channel': 'app' })
        .then((r) => {
          if (r.status === 200) latencies.push(performance.now() - t0);
          else errors++;
        }, () => void errors++));
    }
  }));
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ops: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
