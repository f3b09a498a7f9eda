import { TestClient } from '../../server/test-support/test-client';
import { openSse } from '../../server/test-support/sse-reader';
import { percentile } from '../support/latency-stats';

/**
 * 200 open event streams on one cart (a customer's phone, laptop and headset, times many): for each
 * change, the time from the command's response to its event on every stream.
 */
export async function propagation(url: string, streams: number, changes: number) {
  const c = await TestClient.guest(url);
  const cart = await c.cart();
  const open = await Promise.all(Array.from({ length: streams }, () => openSse(`${url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${c.token}` })));
  await Promise.all(open.map((s) => s.next(10_000)));
  const perEvent: number[] = [];
  const allStreams: number[] = [];
  let lineId: string | undefined;
  for (let i = 0; i < changes; i++) {
    const r = lineId
      ? await c.commands(cart.id, [{ type: 'setQty', lineId, qty: (i % 5) + 1 }])
      : await c.commands(cart.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }]);
    const answered = performance.now();
    lineId = r.body.lines[0].id;
    const arrivals = await Promise.all(open.map(async (s) => {
      const e = await s.next(5000);
      if (e.id !== String(r.body.version)) throw new Error(`stream got version ${e.id}, expected ${r.body.version}`);
      return performance.now() - answered;
    }));
    perEvent.push(...arrivals);
    allStreams.push(Math.max(...arrivals));
  }
  for (const s of open) s.close();
  perEvent.sort((a, b) => a - b);
  allStreams.sort((a, b) => a - b);
  return {
    streams,
    changes,
    eventP50: percentile(perEvent, 50),
    eventP99: percentile(perEvent, 99),
    allStreamsP50: percentile(allStreams, 50),
    allStreamsP99: percentile(allStreams, 99),
  };
}
