import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import type { TestClient } from '../test-support/test-client';
import type { HelpRequestView } from '../../shared/room/help';
import { releaseAbandonedHelp } from './abandoned-help';

describe('help queue API', () => {
  let t: TestServer;
  let ines: TestClient;
  let theo: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded');
    ines = await t.login('ines@vitrine.demo');
    theo = await t.login('theo@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  const queue = async () => (await ines.get<{ items: HelpRequestView[] }>('/api/help/queue')).body.items;

  it('queues a customer once, with their product, cart and recent touch points', async () => {
    const c = await t.guest();
    const cart = await c.cart('vr');
    await c.commands(cart.id, [{ type: 'addLine', productId: 'lamp-bulle', qty: 2, fulfilment: { type: 'ship' } }]);
    // Views are journey analytics: recorded with the customer's consent only.
    await c.request('PUT', '/api/customers/me/consent', { analytics: true });
    await c.post('/api/events', { type: 'product.viewed', data: { productId: 'sofa-oslo-3' } });
    const r = await c.post<HelpRequestView>('/api/help/requests', { productId: 'sofa-oslo-3', page: '/store', cartId: 'not-mine' }, { 'x-channel': 'vr' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'waiting', channel: 'vr', returned: false });
    expect(r.body.position).toBeGreaterThanOrEqual(1);
    expect(r.body.context).toMatchObject({ productId: 'sofa-oslo-3', cartId: cart.id, cartLines: 1, page: '/store' });
    expect(r.body.context.productName).toBeTruthy();
    expect(r.body.context.recent.map((e) => e.type)).toEqual(expect.arrayContaining(['cart.changed', 'product.viewed']));
    const again = await c.post<HelpRequestView>('/api/help/requests', {});
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(r.body.id);
    const timeline = await c.get('/api/customers/me/timeline');
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toContain('help.requested');
    expect((await c.post('/api/help/requests', { productId: 'nope' })).status).toBe(200); // already queued: the open one answers
  });

  it('shows the queue to advisors only, in order, and live over server-sent events', async () => {
    const c = await t.guest();
    expect((await c.get('/api/help/queue')).status).toBe(403);
    const clerk = await t.login('lyon@vitrine.demo');
    expect((await clerk.get('/api/help/queue')).status).toBe(403);
    const stream = await openSse(`${t.url}/api/help/queue/events?token=${ines.token}`);
    const first = JSON.parse((await stream.next()).data) as { items: HelpRequestView[] };
    const r = await c.post<HelpRequestView>('/api/help/requests', { page: '/' });
    const update = JSON.parse((await stream.next()).data) as { items: HelpRequestView[] };
    expect(update.items.length).toBe(first.items.length + 1);
    const mine = update.items.find((i) => i.id === r.body.id)!;
    expect(mine.position).toBe(update.items.filter((i) => i.status === 'waiting').length);
    stream.close();
    const positions = (await queue()).filter((i) => i.status === 'waiting').map((i) => i.position);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it('lets exactly one advisor accept; that advisor gets the cart (channel advisor), the customer sees it live', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const asked = await c.post<HelpRequestView>('/api/help/requests', { productId: 'chair-arc' });
    const mine = await openSse(`${t.url}/api/help/requests/${asked.body.id}/events?token=${c.token}`);
    expect(JSON.parse((await mine.next()).data).status).toBe('waiting');
    expect((await theo.get(`/api/carts/${cart.id}`)).status).toBe(403);

    const [a, b] = await Promise.all([ines.post(`/api/help/requests/${asked.body.id}/accept`), theo.post(`/api/help/requests/${asked.body.id}/accept`)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? ines : theo;
    const loser = winner === ines ? theo : ines;
    const accepted = (a.status === 200 ? a : b).body;
    expect(accepted).toMatchObject({ cartId: cart.id, session: { kind: 'help', host: { id: winner.user!.id } } });
    expect(accepted.roomId).toEqual(expect.any(String));

    const assigned = JSON.parse((await mine.next()).data) as HelpRequestView;
    expect(assigned).toMatchObject({ status: 'assigned', sessionId: accepted.session.id, advisor: { id: winner.user!.id } });
    mine.close();

    // The cart is open to the assigned advisor through the normal cart API, and only to them.
    expect((await winner.get(`/api/carts/${cart.id}`)).status).toBe(200);
    expect((await loser.get(`/api/carts/${cart.id}`)).status).toBe(403);
    const add = await winner.commands(cart.id, [{ type: 'addLine', productId: 'chair-arc', qty: 1, fulfilment: { type: 'ship' } }], { channel: 'advisor' });
    expect(add.status).toBe(200);
    expect(add.body.lines[0].addedBy).toMatchObject({ role: 'advisor', userId: winner.user!.id });
    const types = (await c.get('/api/customers/me/timeline')).body.items.map((e: { type: string; channel: string }) => `${e.type}/${e.channel}`);
    expect(types).toEqual(expect.arrayContaining(['help.requested/web', 'help.accepted/advisor', 'cart.changed/advisor']));
    // The advisor sees the customer's timeline while serving them.
    expect((await winner.get(`/api/customers/${c.user!.id}/timeline`)).status).toBe(200);
  });

  it('puts a released customer back at the head of the queue and takes the cart back from that advisor', async () => {
    const early = await t.guest();
    const served = await t.guest();
    const late = await t.guest();
    await early.post('/api/help/requests', {});
    const r = await served.post<HelpRequestView>('/api/help/requests', {});
    await late.post('/api/help/requests', {});
    // Serve the head of the queue first so `served` is not at the head by arrival.
    const acc = await ines.post(`/api/help/requests/${r.body.id}/accept`);
    expect(acc.status).toBe(200);
    expect((await ines.get(`/api/carts/${acc.body.cartId}`)).status).toBe(200);
    expect((await theo.post(`/api/help/requests/${r.body.id}/release`)).status).toBe(403);
    const back = await ines.post<HelpRequestView>(`/api/help/requests/${r.body.id}/release`);
    expect(back.body).toMatchObject({ status: 'waiting', position: 1, returned: true, sessionId: acc.body.session.id });
    expect((await queue()).find((i) => i.status === 'waiting')!.id).toBe(r.body.id);
    expect((await ines.get(`/api/carts/${acc.body.cartId}`)).status).toBe(403);
    const returned = (await served.get('/api/customers/me/timeline')).body.items.filter((e: { type: string }) => e.type === 'help.returned');
    expect(returned).toEqual([expect.objectContaining({ channel: 'advisor', data: expect.objectContaining({ requestId: r.body.id, reason: 'released', advisor: { id: ines.user!.id, name: 'Inès Laurent' } }) })]);
    // The next advisor gets the same session (the customer stays in their room).
    const next = await theo.post(`/api/help/requests/${r.body.id}/accept`);
    expect(next.body.session.id).toBe(acc.body.session.id);
  });

  it('lets a customer cancel; ending a served request closes its session with a summary on the timeline', async () => {
    const c = await t.guest();
    await c.cart();
    const r = await c.post<HelpRequestView>('/api/help/requests', {});
    const acc = await ines.post(`/api/help/requests/${r.body.id}/accept`);
    const cancel = await c.request('DELETE', `/api/help/requests/${r.body.id}`);
    expect(cancel.body.status).toBe('cancelled');
    expect((await ines.get(`/api/carts/${acc.body.cartId}`)).status).toBe(403);
    const session = await c.get(`/api/sessions/${acc.body.session.id}`);
    expect(session.body.status).toBe('ended');
    const types = (await c.get('/api/customers/me/timeline')).body.items.map((e: { type: string }) => e.type);
    expect(types).toContain('help.ended');
    const other = await t.guest();
    expect((await other.request('DELETE', `/api/help/requests/${r.body.id}`)).status).toBe(403);
    expect((await ines.post(`/api/help/requests/${r.body.id}/accept`)).status).toBe(409);
  });

  it('refuses malformed requests with 422 and strangers with 401', async () => {
    const c = await t.guest();
    expect((await c.post('/api/help/requests', { page: 'x'.repeat(500) })).status).toBe(422);
    expect((await t.anonymous().post('/api/help/requests', {})).status).toBe(401);
    expect((await ines.post('/api/help/requests', {})).status).toBe(403);
    expect((await ines.post('/api/help/requests/nope/accept')).status).toBe(404);
  });
});

describe('bookings: advisors publish slots, customers book consultations', () => {
  let t: TestServer;
  let ines: TestClient;
  beforeAll(async () => {
    t = await startTestServer('embedded');
    ines = await t.login('ines@vitrine.demo');
  }, 60_000);
  afterAll(() => t?.close());

  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

  it('books a free slot once, with the booking and join link on the customer\'s timeline, and a reminder near the start', async () => {
    const slots = await ines.post('/api/advisor/slots', { slots: [{ startsAt: inMinutes(10), minutes: 30 }, { startsAt: inMinutes(120) }] });
    expect(slots.status).toBe(201);
    expect(slots.body.items).toHaveLength(2);
    const camille = await t.login('camille@vitrine.demo');
    expect((await camille.post('/api/advisor/slots', { slots: [{ startsAt: inMinutes(10) }] })).status).toBe(403);
    const free = await camille.get('/api/slots');
    expect(free.body.items.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(slots.body.items.map((s: { id: string }) => s.id)));
    const soon = slots.body.items[0];

    const hugo = await t.login('hugo@vitrine.demo');
    const [x, y] = await Promise.all([
      camille.post('/api/bookings', { slotId: soon.id, productId: 'sofa-oslo-3' }),
      hugo.post('/api/bookings', { slotId: soon.id }),
    ]);
    expect([x.status, y.status].sort()).toEqual([201, 409]);
    const booker = x.status === 201 ? camille : hugo;
    const booking = (x.status === 201 ? x : y).body;
    expect(booking).toMatchObject({ status: 'booked', remind: true, joinPath: `/store?session=${booking.sessionId}`, advisor: { id: ines.user!.id, name: 'Inès Laurent' } });
    const timeline = (await booker.get('/api/customers/me/timeline')).body.items;
    expect(timeline.find((e: { type: string }) => e.type === 'booking.created').data).toMatchObject({ bookingId: booking.id, sessionId: booking.sessionId });
    expect((await booker.get('/api/bookings/mine')).body.items.map((b: { id: string }) => b.id)).toContain(booking.id);
    expect((await ines.get('/api/bookings/mine')).body.items.map((b: { id: string }) => b.id)).toContain(booking.id);
    expect((await camille.get('/api/slots')).body.items.map((s: { id: string }) => s.id)).not.toContain(soon.id);

    // The booked session admits exactly the customer and the advisor.
    expect((await booker.post(`/api/sessions/${booking.sessionId}/room`)).status).toBe(200);
    const stranger = await t.guest();
    expect((await stranger.post(`/api/sessions/${booking.sessionId}/room`)).status).toBe(403);

    // Cancelling frees the slot again.
    const cancelled = await booker.request('DELETE', `/api/bookings/${booking.id}`);
    expect(cancelled.body.status).toBe('cancelled');
    const gone = (await booker.get('/api/customers/me/timeline')).body.items.find((e: { type: string }) => e.type === 'booking.cancelled');
    expect(gone).toMatchObject({ channel: 'web', data: { bookingId: booking.id, sessionId: booking.sessionId, by: 'customer', advisor: { id: ines.user!.id, name: 'Inès Laurent' } } });
    expect((await camille.get('/api/slots')).body.items.map((s: { id: string }) => s.id)).toContain(soon.id);
    expect((await booker.post(`/api/sessions/${booking.sessionId}/room`)).status).toBe(409);
  });

  it('refuses slots in the past and malformed bookings', async () => {
    expect((await ines.post('/api/advisor/slots', { slots: [{ startsAt: inMinutes(-10) }] })).status).toBe(422);
    expect((await ines.post('/api/advisor/slots', { slots: [] })).status).toBe(422);
    const c = await t.guest();
    expect((await c.post('/api/bookings', { slotId: 'nope' })).status).toBe(404);
    expect((await c.post('/api/bookings', {})).status).toBe(422);
  });
});

describe('help requests nobody follows any more', () => {
  let t: TestServer;
  let clock = new Date('2026-11-25T10:00:00Z');
  const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));
  beforeAll(async () => {
    t = await startTestServer('embedded', { now: () => clock });
  }, 60_000);
  afterAll(() => t?.close());

  it('leave the queue once the customer has not followed them for three minutes; a followed one stays', async () => {
    const ines = await t.login('ines@vitrine.demo');
    const gone = await t.guest();
    const staying = await t.guest();
    const left = (await gone.post<HelpRequestView>('/api/help/requests', { page: '/' })).body;
    const kept = (await staying.post<HelpRequestView>('/api/help/requests', { page: '/' })).body;
    const queued = async () => (await ines.get<{ items: HelpRequestView[] }>('/api/help/queue')).body.items.map((i) => i.id);

    minutes(2);
    await t.server.sweep();
    expect(await queued()).toEqual(expect.arrayContaining([left.id, kept.id]));
    // The staying customer's page follows its request (a reload, a reconnect): seen now.
    const follow = await openSse(`${t.url}/api/help/requests/${kept.id}/events?token=${staying.token}`);
    expect(JSON.parse((await follow.next()).data).status).toBe('waiting');
    follow.close();
    // An advisor watching the queue does not count as the customer being there.
    const watch = await openSse(`${t.url}/api/help/queue/events?token=${ines.token}`);
    await watch.next();
    watch.close();

    minutes(2);
    await t.server.sweep();
    expect(await queued()).toContain(kept.id);
    expect(await queued()).not.toContain(left.id);
    expect((await gone.get<HelpRequestView>(`/api/help/requests/${left.id}`)).body.status).toBe('cancelled');
    // Released once, even when every process sweeps.
    expect(await releaseAbandonedHelp(t.server.services, { publish: () => undefined })).toEqual([]);

    minutes(2);
    await t.server.sweep();
    expect(await queued()).not.toContain(kept.id);
    // Asking again opens a fresh request.
    const again = await gone.post<HelpRequestView>('/api/help/requests', { page: '/' });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(left.id);
  });
});
