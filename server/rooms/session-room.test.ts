import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { startRoomHarness, eventually, inbox, pose, type RoomHarness, type SdkSeat } from './test/room-harness';
import { ROOM_CLOSE } from '../../shared/room/protocol';
import type { TestClient } from '../test-support/test-client';
import type { HelpRequestView } from '../../shared/room/help';
import type { Cart } from '../../shared/cart/cart';

describe('private sessions in rooms: help, events, friends', () => {
  let h: RoomHarness;
  let ines: TestClient;
  let theo: TestClient;
  beforeAll(async () => {
    h = await startRoomHarness();
    ines = await h.t.login('ines@vitrine.demo');
    theo = await h.t.login('theo@vitrine.demo');
  }, 60_000);
  afterAll(() => h?.close());

  const left = (seat: SdkSeat) => new Promise<number>((r) => seat.onLeave.once((code: number) => r(code)));

  /** A customer asks for help and an advisor accepts: both are in the session room. */
  async function helpSession(advisor: TestClient) {
    const customer = await h.t.guest();
    const cart = await customer.cart('vr');
    const asked = await customer.post<HelpRequestView>('/api/help/requests', { productId: 'sofa-oslo-3', page: '/store' }, { 'x-channel': 'vr' });
    const accepted = await advisor.post(`/api/help/requests/${asked.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const a = await new Client(h.t.url).joinById(accepted.body.roomId, { token: advisor.token });
    await a.waitForInitialState();
    const c = await h.joinSession(customer, accepted.body.session.id);
    expect(c.roomId).toBe(a.roomId);
    return { customer, cart, request: asked.body, sessionId: accepted.body.session.id as string, a, c };
  }

  it('brings customer and advisor together; the advisor spotlights, points, leads and adds to the cart', async () => {
    const { customer, cart, sessionId, a, c } = await helpSession(ines);
    await eventually(() => expect(c.state.participants.size).toBe(2));
    expect(c.state).toMatchObject({ kind: 'help', sessionId });
    expect(c.state.participants.get(a.sessionId)).toMatchObject({ role: 'advisor', host: true });
    expect(c.state.participants.get(c.sessionId)).toMatchObject({ role: 'customer', host: false });

    a.send('pose', { h: pose(1, 1.7, 1) });
    c.send('pose', { h: pose(-1, 1.6, 2), l: pose(-1.2, 1.1, 1.8), r: pose(-0.8, 1.1, 1.8) });
    await eventually(() => {
      expect(c.state.participants.get(a.sessionId).head.x).toBeCloseTo(1, 2);
      expect(a.state.participants.get(c.sessionId).left.x).toBeCloseTo(-1.2, 2);
    });

    const added = inbox(c, 'cart.added');
    a.send('spotlight', { productId: 'sofa-oslo-3' });
    a.send('cart.add', { productId: 'sofa-oslo-3', qty: 1 });
    await eventually(() => {
      expect(added).toHaveLength(1);
      expect(c.state.spotlight.productId).toBe('sofa-oslo-3');
    });
    const seen = (await customer.get<Cart>(`/api/carts/${cart.id}`)).body;
    expect(seen.lines).toHaveLength(1);
    expect(seen.lines[0]).toMatchObject({ productId: 'sofa-oslo-3', addedBy: { role: 'advisor', userId: ines.user!.id } });
    expect(seen.channel).toBe('advisor');

    // The customer may not add to their own cart through the room (that is the cart page's job) nor end the session.
    const notices = inbox(c, 'notice');
    c.send('cart.add', { productId: 'lamp-bulle' });
    await eventually(() => expect(notices.map((n) => n.code)).toContain('forbidden'));

    // The host ends it: both sides get the summary, the room closes, the timeline keeps it.
    const endedC = inbox(c, 'ended');
    const gone = left(c);
    a.send('host', { action: 'end' });
    await eventually(() => expect(endedC).toHaveLength(1));
    expect(endedC[0].summary.shown.map((s: { productId: string }) => s.productId)).toEqual(['sofa-oslo-3']);
    expect(endedC[0].summary.added).toEqual([expect.objectContaining({ productId: 'sofa-oslo-3', qty: 1, customerId: customer.user!.id, by: ines.user!.id })]);
    expect(await gone).toBe(ROOM_CLOSE.sessionEnded);
    const ended = (await customer.get('/api/customers/me/timeline')).body.items.find((e: { type: string }) => e.type === 'help.ended');
    expect(ended.data).toMatchObject({ sessionId, shown: ['sofa-oslo-3'] });
    const summary = await ines.get(`/api/sessions/${sessionId}/summary`);
    expect(summary.body.productIds).toEqual(['sofa-oslo-3']);
    expect((await ines.get(`/api/carts/${cart.id}`)).status).toBe(403);
    expect((await customer.post(`/api/sessions/${sessionId}/room`)).status).toBe(409);
  });

  it('returns the customer to the head of the queue when the advisor leaves, and the next advisor joins the same room', async () => {
    const { customer, request, sessionId, a, c } = await helpSession(ines);
    const notices = inbox(c, 'notice');
    await a.leave();
    await eventually(() => expect(notices.map((n) => n.code)).toContain('advisor_left'));
    const returned = (await customer.get('/api/customers/me/timeline')).body.items.find((e: { type: string }) => e.type === 'help.returned');
    expect(returned).toMatchObject({ channel: 'advisor', data: { requestId: request.id, sessionId, reason: 'left', advisor: { id: ines.user!.id, name: 'Inès Laurent' } } });
    const queue = (await theo.get<{ items: HelpRequestView[] }>('/api/help/queue')).body.items;
    expect(queue.find((q) => q.status === 'waiting')).toMatchObject({ id: request.id, position: 1, returned: true });
    // The customer never left their room; the next advisor lands in it.
    const again = await theo.post(`/api/help/requests/${request.id}/accept`);
    expect(again.body.session.id).toBe(sessionId);
    expect(again.body.roomId).toBe(c.roomId);
    const t2 = await new Client(h.t.url).joinById(again.body.roomId, { token: theo.token });
    await eventually(() => expect(c.state.participants.get(t2.sessionId)).toMatchObject({ host: true, role: 'advisor', userId: theo.user!.id }));
    expect(notices.map((n) => n.code)).toContain('advisor_joined');
    // Who joined travels as data, so the customer's screen says it in its own language.
    expect(notices.find((n) => n.code === 'advisor_joined')).toMatchObject({ name: expect.any(String) });
    // Other advisors cannot walk into a private session.
    await expect(new Client(h.t.url).joinById(c.roomId, { token: ines.token })).rejects.toThrow(/not invited/);
    await t2.leave();
    await c.leave();
  });

  it('runs a group event: join by link, the host admits, mutes, hands the floor and removes', async () => {
    const created = await ines.post('/api/sessions', { kind: 'event', title: 'Autumn collection launch', admission: 'host' });
    expect(created.status).toBe(201);
    const invite = new URLSearchParams(created.body.joinPath.split('?')[1]).get('invite')!;
    expect(invite).toBeTruthy();
    const camille = await h.t.login('camille@vitrine.demo');
    expect((await camille.post('/api/sessions', { kind: 'event', title: 'x' })).status).toBe(403);
    expect((await camille.post(`/api/sessions/${created.body.id}/room`, { invite: 'wrong' })).status).toBe(403);
    expect((await camille.post(`/api/sessions/${created.body.id}/room`)).status).toBe(403);

    const host = await h.joinSession(ines, created.body.id);
    const c = await h.joinSession(camille, created.body.id, invite);
    const hugo = await h.joinSession(await h.t.login('hugo@vitrine.demo'), created.body.id, invite);
    await eventually(() => expect(host.state.participants.size).toBe(3));
    expect(host.state.participants.get(c.sessionId).admitted).toBe(false);
    // Not admitted: nothing they send counts.
    c.send('pose', { h: pose(3, 1.6, 3) });
    c.send('chat', { text: 'hello?' });
    await new Promise((r) => setTimeout(r, 150));
    expect(host.state.participants.get(c.sessionId).head.x).toBe(0);
    expect(host.state.chat.length).toBe(0);

    host.send('host', { action: 'admit', target: c.sessionId });
    host.send('host', { action: 'admit', target: hugo.sessionId });
    await eventually(() => expect(c.state.participants.get(c.sessionId).admitted).toBe(true));
    // In an event only the host, advisors and the floor holder may speak.
    const notices = inbox(c, 'notice');
    c.send('voice', { muted: false });
    await eventually(() => expect(notices.some((n) => /floor/.test(n.message))).toBe(true));
    c.send('hand', { raised: true });
    await eventually(() => expect(host.state.participants.get(c.sessionId).handRaised).toBe(true));
    host.send('host', { action: 'floor', target: c.sessionId });
    await eventually(() => expect(c.state.floor).toBe(c.sessionId));
    c.send('voice', { muted: false, speaking: true });
    await eventually(() => expect(host.state.participants.get(c.sessionId)).toMatchObject({ muted: false, speaking: true, handRaised: false }));
    // Listeners do not negotiate voice with each other, only with speakers.
    const hugoRtc = inbox(hugo, 'rtc');
    host.send('host', { action: 'floor', target: null });
    await eventually(() => expect(host.state.participants.get(c.sessionId).muted).toBe(true));
    c.send('rtc', { to: hugo.sessionId, signal: { kind: 'bye' } });
    host.send('rtc', { to: hugo.sessionId, signal: { kind: 'bye' } });
    await eventually(() => expect(hugoRtc).toHaveLength(1));
    expect(hugoRtc[0].from).toBe(host.sessionId);

    host.send('host', { action: 'mute', target: hugo.sessionId, muted: true });
    await eventually(() => expect(hugo.state.participants.get(hugo.sessionId).mutedByHost).toBe(true));
    // Guests cannot use host controls.
    const hn = inbox(hugo, 'notice');
    hugo.send('host', { action: 'remove', target: c.sessionId });
    await eventually(() => expect(hn.map((n) => n.code)).toContain('forbidden'));

    const out = left(hugo);
    host.send('host', { action: 'remove', target: hugo.sessionId });
    expect(await out).toBe(ROOM_CLOSE.removedByHost);
    await eventually(() => expect(host.state.participants.has(hugo.sessionId)).toBe(false));
    const hugoAgain = await h.t.login('hugo@vitrine.demo');
    expect((await hugoAgain.post(`/api/sessions/${created.body.id}/room`, { invite })).status).toBe(403);

    const summaryMsgs = inbox(c, 'ended');
    const end = await ines.post(`/api/sessions/${created.body.id}/end`);
    expect(end.status).toBe(200);
    await eventually(() => expect(summaryMsgs).toHaveLength(1));
    // Not a help session: its guests keep a session summary, not a help event.
    const types = (await camille.get('/api/customers/me/timeline')).body.items.map((e: { type: string }) => e.type);
    expect(types).toContain('session.summary');
    expect(types).not.toContain('help.ended');
  });

  it('lets a customer visit with friends by invite link', async () => {
    const camille = await h.t.login('camille@vitrine.demo');
    const created = await camille.post('/api/sessions', { kind: 'friends' });
    expect(created.status).toBe(201);
    const invite = new URLSearchParams(created.body.joinPath.split('?')[1]).get('invite')!;
    const friend = await h.t.guest();
    const me = await h.joinSession(camille, created.body.id);
    const f = await h.joinSession(friend, created.body.id, invite);
    await eventually(() => expect(me.state.participants.size).toBe(2));
    expect(me.state.participants.get(me.sessionId).host).toBe(true);
    // The host of a friends' visit can show a product to the others; friends cannot.
    me.send('spotlight', { productId: 'lamp-bulle' });
    await eventually(() => expect(f.state.spotlight.productId).toBe('lamp-bulle'));
    const notices = inbox(f, 'notice');
    f.send('spotlight', { productId: 'chair-arc' });
    await eventually(() => expect(notices.map((n) => n.code)).toContain('forbidden'));
    const mine = await camille.get('/api/sessions/mine');
    expect(mine.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
    await f.leave();
    await me.leave();
  });
});
