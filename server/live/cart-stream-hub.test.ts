import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Cart } from '../../shared/cart/cart';
import { CartStreamHub } from './cart-stream-hub';
import { createLocalCartBus } from './local-cart-bus';

const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cartAt(version: number): Cart {
  return { id: 'cart-1', version } as Cart;
}

/** A response that keeps what is written to it, and can be closed as a client would. */
function fakeResponse() {
  const res = new EventEmitter() as EventEmitter & { written: string[]; versions(): number[] };
  res.written = [];
  res.versions = () => res.written.flatMap((w) => /^event: cart\nid: (\d+)/.exec(w)?.slice(1).map(Number) ?? []);
  Object.assign(res, { writeHead: () => res, write: (chunk: string) => res.written.push(chunk), end: () => res.emit('close') });
  return res;
}

describe('the cart stream hub', () => {
  it('reads a cart again after a resync read failed, until the database answers, and stops once the stream is gone', async () => {
    const bus = createLocalCartBus();
    let reads = 0;
    let failuresLeft = 3;
    const hub = new CartStreamHub(bus, async () => {
      reads++;
      if (failuresLeft-- > 0) throw new Error('Connection terminated unexpectedly');
      return cartAt(2);
    }, log, 10);
    const res = fakeResponse();
    hub.open(res as unknown as Response, cartAt(1), undefined);
    expect(res.versions()).toEqual([1]);

    // The LISTEN connection came back: every stream resyncs, while the database still refuses reads.
    await bus.publish({ cartId: '*', version: -1 });
    for (let i = 0; i < 100 && res.versions().length < 2; i++) await sleep(10);
    expect(res.versions()).toEqual([1, 2]);
    expect(reads).toBe(4);

    // Closed streams are not read for.
    failuresLeft = 1_000;
    await bus.publish({ cartId: '*', version: -1 });
    res.emit('close');
    await sleep(200);
    expect(reads).toBe(5);
    hub.close();
  });
});
