import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import { testBackends } from './backends';
import type { Cart } from '../../shared/cart/cart';
import type { CartCommand } from '../../shared/cart/cart-command';
import type { Channel } from '../../shared/channel';
import { handCartTo, must, pickupAt, takeNowAt, tillPay } from './pos-helpers';
import { present } from '../test-support/present';

const backends = await testBackends();

/** What a customer buys, whatever the channel: a bundle (sofa + coffee table) and lamps under the lighting promotion. */
const BASKET = [
  { type: 'addLine', productId: 'sofa-oslo-3', variantId: 'sauge', qty: 1, fulfilment: { type: 'ship' } },
  { type: 'addLine', productId: 'table-basse-nuage', qty: 1, fulfilment: { type: 'ship' } },
  { type: 'addLine', productId: 'lamp-bulle', qty: 3, fulfilment: pickupAt('store-bordeaux') },
  { type: 'addLine', productId: 'sconce-halo', qty: 1, fulfilment: { type: 'ship' } },
  { type: 'addLine', productId: 'vase-bulle-verre', qty: 2, fulfilment: { type: 'ship' } },
] as const satisfies readonly CartCommand[];
const shape = (c: Cart) => ({
  totals: c.totals,
  promotions: c.promotions,
  lines: c.lines.map((l) => ({ productId: l.productId, variantId: l.variantId, qty: l.qty, unitPrice: l.unitPrice, fulfilment: l.fulfilment })),
});

describe.each(backends)('prices, promotions and carts the same on every channel (%s database)', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, 60_000);
  afterAll(() => t?.close());

  it('shows one cart identically on web, app, store and advisor at every version', async () => {
    const laptop = await t.login('camille@vitrine.demo');
    const phone = await t.login('camille@vitrine.demo');
    const clerk = await t.login('lyon@vitrine.demo');
    const advisor = await t.login('ines@vitrine.demo');
    const cart = await laptop.cart('web');
    await handCartTo(laptop, clerk, cart.id, 'store');
    await handCartTo(laptop, advisor, cart.id, 'advisor');
    const viewers = { web: laptop, app: phone, store: clerk, advisor } as const;
    const streams = Object.fromEntries(await Promise.all(Object.entries(viewers).map(async ([ch, c]) => [ch, await openSse(`${t.url}/api/carts/${cart.id}/events?token=${c.token}`)] as const)));
    const start = (await laptop.get(`/api/carts/${cart.id}`)).body as Cart;
    for (const s of Object.values(streams)) expect(JSON.parse((await s.next()).data).version).toBe(start.version);

    // Each channel takes a turn changing the cart; every viewer must see every version, identically.
    const steps: [keyof typeof viewers, CartCommand[] | ((c: Cart) => CartCommand[])][] = [
      ['web', [BASKET[0]]],
      ['app', [BASKET[1]]], // completes the Oslo bundle
      ['advisor', [BASKET[2]]], // lamps: lighting promotion
      ['store', [BASKET[3], BASKET[4]]],
      ['app', (c) => [{ type: 'setQty', lineId: c.lines.find((l) => l.productId === 'lamp-bulle')!.id, qty: 2 }]],
      ['store', (c) => [{ type: 'setFulfilment', lineId: c.lines.find((l) => l.productId === 'sconce-halo')!.id, fulfilment: takeNowAt('store-lyon') }]],
      ['web', (c) => [{ type: 'removeLine', lineId: c.lines.find((l) => l.productId === 'vase-bulle-verre')!.id }]],
      ['advisor', (c) => [{ type: 'setQty', lineId: c.lines.find((l) => l.productId === 'table-basse-nuage')!.id, qty: 2 }]],
    ];
    let current = start;
    let checked = 0;
    for (const [channel, commands] of steps) {
      const list = typeof commands === 'function' ? commands(current) : commands;
      current = await must(viewers[channel], cart.id, list, channel as Channel);
      const seen: Record<string, Cart> = {};
      for (const [viewer, s] of Object.entries(streams)) {
        const shown: Cart = JSON.parse((await s.next()).data);
        seen[viewer] = shown;
        expect(shown.version).toBe(current.version);
      }
      const reads = await Promise.all(Object.values(viewers).map((c) => c.get(`/api/carts/${cart.id}`)));
      for (const r of reads) expect(r.body).toEqual(current);
      for (const c of Object.values(seen)) expect(c).toEqual(current);
      checked++;
    }
    expect(current.promotions.map((p) => p.id).sort()).toEqual(['bundle-salon-oslo', 'promo-lumiere-15']);
    console.log(`[figure] one cart, 4 viewers (web, app, store, advisor): ${checked} versions, ${checked * 4} streamed copies and ${checked * 4} reads, all identical; final total ${current.totals.total.amount} (discount ${current.totals.discount.amount})`);

    // And the till charges exactly what every screen shows: the goods, plus the delivery quoted for the lines to ship.
    const quote = (await clerk.get(`/api/carts/${cart.id}/delivery-quote`)).body;
    expect([quote.totals.items, quote.totals.discount]).toEqual([current.totals.items, current.totals.discount]);
    expect(quote.totals.total.amount).toBe(current.totals.total.amount + quote.totals.delivery.amount);
    const paid = await tillPay(clerk, cart.id, { expectedVersion: current.version });
    expect(paid.status).toBe(201);
    expect(paid.body.payment.amount).toEqual(quote.totals.total);
    expect(paid.body.order.totals).toEqual(quote.totals);
    for (const s of Object.values(streams)) s.close();
  });

  it('prices the same basket built through each of the six channels, and the till, to the same total', async () => {
    const results: Record<string, ReturnType<typeof shape>> = {};
    const clerk = await t.login('paris@vitrine.demo');
    const advisor = await t.login('theo@vitrine.demo');
    for (const channel of ['web', 'app', 'ar', 'vr', 'store', 'advisor'] as const) {
      const customer = await t.guest();
      const cart = await customer.cart(channel);
      let actor = customer;
      if (channel === 'store') {
        await handCartTo(customer, clerk, cart.id, 'store');
        actor = clerk;
      } else if (channel === 'advisor') {
        await handCartTo(customer, advisor, cart.id, 'advisor');
        actor = advisor;
      }
      // One command per request, as a person would add them.
      let c = cart;
      for (const cmd of BASKET) c = await must(actor, cart.id, [cmd], channel);
      results[channel] = shape(c);
    }
    const web = present(results.web, 'the web basket');
    for (const [channel, r] of Object.entries(results)) expect({ channel, ...r }).toEqual({ channel, ...web });
    expect(web.totals.discount.amount).toBeGreaterThan(0);

    // The web checkout and the till charge that same total.
    const buyer = await t.guest();
    const cart = await buyer.cart();
    await must(buyer, cart.id, [...BASKET]);
    // Both add the same delivery fee for the lines to ship, as quoted.
    const quote = (await buyer.get(`/api/carts/${cart.id}/delivery-quote?postcode=75004&city=Paris&country=FR`)).body;
    expect(quote.totals.total.amount).toBe(web.totals.total.amount + quote.totals.delivery.amount);
    const order = await buyer.checkout(cart.id, randomUUID());
    expect(order.body.totals).toEqual(quote.totals);
    const walkIn = (await clerk.post('/api/pos/walk-in')).body;
    const atTill = await must(clerk, walkIn.id, [...BASKET], 'store');
    expect(shape(atTill)).toEqual(web);
    const tillQuote = (await clerk.get(`/api/carts/${walkIn.id}/delivery-quote`)).body;
    expect(tillQuote.totals).toEqual(quote.totals);
    const paid = await tillPay(clerk, walkIn.id, { expectedVersion: atTill.version });
    expect(paid.body.payment.amount).toEqual(quote.totals.total);
    console.log(`[figure] same basket on web, app, ar, vr, store, advisor, web checkout and till: total ${web.totals.total.amount} ${web.totals.total.currency}, discount ${web.totals.discount.amount} (${web.promotions.map((p) => p.id).join(' + ')}), 8 of 8 equal`);
  });
});
