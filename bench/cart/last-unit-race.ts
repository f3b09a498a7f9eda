import { TestClient } from '../../server/test-support/test-client';

/**
 * 200 customers check out the last unit at once (the benchmark's database holds exactly one
 * `armchair-loire` at `store-paris`); returns how long until all were answered, and how.
 */
export async function lastUnitRace(url: string, racers = 200) {
  const carts = await Promise.all(Array.from({ length: racers }, async () => {
    const c = await TestClient.guest(url);
    const cart = await c.cart();
    await c.commands(cart.id, [{ type: 'addLine', productId: 'armchair-loire', qty: 1, fulfilment: { type: 'pickup', locationId: 'store-paris' } }]);
    return { c, cartId: cart.id };
  }));
  const t0 = performance.now();
  const answers = await Promise.all(carts.map(({ c, cartId }, i) => c.checkout(cartId, `race-key-${i}`)));
  const ms = performance.now() - t0;
  const count = (s: number) => answers.filter((a) => a.status === s).length;
  return { ms, orders: count(201), refused: count(409), other: answers.length - count(201) - count(409) };
}
