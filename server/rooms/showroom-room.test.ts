import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { matchMaker } from '@colyseus/core';
import { startRoomHarness, eventually, inbox, pose, type RoomHarness, type SdkSeat } from './test/room-harness';
import { ROOM_CLOSE, ROOM_LIMITS, ROOM_NAME } from '../../shared/room/protocol';
import type { TestClient } from '../test-support/test-client';
import type { ShowroomRoom } from './showroom-room';

describe('showroom room (public showroom of a store)', () => {
  let h: RoomHarness;
  let camille: TestClient;
  let ines: TestClient;
  beforeAll(async () => {
    h = await startRoomHarness();
    camille = await h.t.login('camille@vitrine.demo');
    ines = await h.t.login('ines@vitrine.demo');
  }, 60_000);
  afterAll(() => h?.close());

  const serverRoom = (seat: SdkSeat) => h.colyseus.getRoomById<ShowroomRoom>(seat.roomId);
  const left = (seat: SdkSeat) => new Promise<number>((r) => seat.onLeave.once((code: number) => r(code)));

  it('refuses a join without a token, with a bad token and with an expired one', async () => {
    await expect(h.sdk().joinOrCreate(ROOM_NAME, { storeId: 'store-lyon' })).rejects.toThrow(/token is required/);
    await expect(h.sdk().joinOrCreate(ROOM_NAME, { token: 'nope', storeId: 'store-lyon' })).rejects.toThrow(/not valid/);
    const expired = await h.t.server.services.tokens.issue({ userId: camille.user!.id, role: 'customer', guest: false }, -60);
    await expect(h.sdk().joinOrCreate(ROOM_NAME, { token: expired.token })).rejects.toThrow(/expired/);
  });

  it('removes a seat once its session is signed out, with no seat kept for reconnection, and only that one', async () => {
    const laptop = await h.t.login('hugo@vitrine.demo');
    const gone = await h.joinPublic(laptop, 'store-paris');
    const stays = await h.joinPublic(ines, 'store-paris');
    await eventually(() => expect(stays.state.participants.size).toBe(2));
    const code = left(gone);
    expect((await laptop.post('/api/auth/logout')).status).toBe(204);
    await h.t.server.services.sessions.sweep();
    expect(await code).toBe(ROOM_CLOSE.signedOut);
    await eventually(() => expect(stays.state.participants.size).toBe(1));
    expect(serverRoom(stays).clients.length).toBe(1);
  });

  it('seats people with the role and name from their token, whatever the join options say', async () => {
    const c = await h.sdk().joinOrCreate(ROOM_NAME, { token: camille.token, storeId: 'store-lyon', role: 'advisor', name: 'Boss' } as object);
    const a = await h.joinPublic(ines);
    expect(a.roomId).toBe(c.roomId);
    await eventually(() => expect(c.state.participants.size).toBe(2));
    const me = c.state.participants.get(c.sessionId);
    const advisor = c.state.participants.get(a.sessionId);
    expect(me).toMatchObject({ userId: camille.user!.id, role: 'customer', name: 'Camille Martin' });
    expect(advisor).toMatchObject({ userId: ines.user!.id, role: 'advisor' });
    expect(advisor.color).not.toBe(me.color);
    expect(c.state.kind).toBe('public');
    expect(c.state.storeId).toBe('store-lyon');
    await c.leave();
    await a.leave();
  });

  it('records an arrival on the channel the visitor walks from: a screen is not a headset', async () => {
    const hugo = await h.t.login('hugo@vitrine.demo');
    // Store visits are journey analytics: recorded with the customer's consent only.
    await hugo.request('PUT', '/api/customers/me/consent', { analytics: true });
    const joined = async () => ((await hugo.get('/api/customers/me/timeline')).body.items as { type: string; channel: string }[]).filter((e) => e.type === 'room.joined').map((e) => e.channel);
    const before = (await joined()).length;
    const onScreen = await h.sdk().joinOrCreate(ROOM_NAME, { token: hugo.token, storeId: 'store-paris', channel: 'web' });
    await eventually(async () => expect((await joined()).length).toBe(before + 1));
    await onScreen.leave();
    const inHeadset = await h.sdk().joinOrCreate(ROOM_NAME, { token: hugo.token, storeId: 'store-paris', channel: 'vr' });
    await eventually(async () => expect((await joined()).length).toBe(before + 2));
    await inHeadset.leave();
    const channels = await joined();
    expect(channels.slice(0, 2).sort()).toEqual(['vr', 'web']);
    await expect(h.sdk().joinOrCreate(ROOM_NAME, { token: hugo.token, storeId: 'store-paris', channel: 'till' })).rejects.toThrow(/join options/);
  });

  it('syncs poses (quantised to millimetres) to the others at up to 20 Hz', async () => {
    const c = await h.joinPublic(camille);
    const a = await h.joinPublic(ines);
    c.send('pose', { h: pose(1.25, 1.62, -3.5), r: [0.3, 1.1, -3.2, 0, Math.SQRT1_2, 0, Math.SQRT1_2] });
    await eventually(() => {
      const seen = a.state.participants.get(c.sessionId);
      expect(seen.head.x).toBeCloseTo(1.25, 2);
      expect(seen.head.y).toBeCloseTo(1.62, 2);
      expect(seen.head.z).toBeCloseTo(-3.5, 2);
      expect(seen.right.qy).toBeCloseTo(Math.SQRT1_2, 3);
      expect(seen.hands).toBe(2);
    });
    await c.leave();
    await a.leave();
  });

  it('drops malformed poses (NaN, huge, wrong length, wrong types) and keeps the sender and the room', async () => {
    const c = await h.joinPublic(camille);
    const a = await h.joinPublic(ines);
    c.send('pose', { h: pose(2, 1.6, 2) });
    await eventually(() => expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(2, 2));
    const bad: unknown[] = [
      { h: [NaN, 1.6, 0, 0, 0, 0, 1] },
      { h: [Infinity, 1.6, 0, 0, 0, 0, 1] },
      { h: [1e9, 1.6, 0, 0, 0, 0, 1] },
      { h: [1, 1.6, 0, 0, 0, 0] },
      { h: [1, 1.6, 0, 0, 0, 0, 1, 7] },
      { h: ['1', 1.6, 0, 0, 0, 0, 1] },
      { h: [1, 1.6, 0, 5, 5, 5, 5] },
      { h: [1, 1.6, 0, 0, 0, 0, 1], l: [NaN] },
      'pose',
      null,
      42,
    ];
    for (const m of bad) c.send('pose', m);
    c.send('no-such-type', { x: 1 });
    c.send('chat', { text: '' });
    c.send('chat', { text: 12 });
    await new Promise((r) => setTimeout(r, 200));
    expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(2, 2);
    expect(c.connection.isOpen).toBe(true);
    expect(serverRoom(c).clients.getById(c.sessionId)!.userData!.dropped).toBeGreaterThanOrEqual(bad.length + 3);
    c.send('pose', { h: pose(3, 1.6, 2) });
    await eventually(() => expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(3, 2));
    await c.leave();
    await a.leave();
  });

  it('removes a client that floods, and the room keeps serving the others', async () => {
    const flooder = await h.joinPublic(await h.t.guest());
    const a = await h.joinPublic(ines);
    const bye = left(flooder);
    for (let i = 0; i < 400; i++) flooder.send('pose', { h: [NaN] });
    const code = await bye;
    expect([ROOM_CLOSE.flooding, 4002]).toContain(code);
    await eventually(() => expect(a.state.participants.has(flooder.sessionId)).toBe(false));
    // Still alive for everyone else.
    const c = await h.joinPublic(camille);
    c.send('pose', { h: pose(4, 1.6, 0) });
    await eventually(() => expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(4, 2));
    await c.leave();
    await a.leave();
  });

  it('rate-limits poses: a burst beyond the budget is dropped, not applied', async () => {
    const c = await h.joinPublic(camille);
    const room = serverRoom(c);
    for (let i = 0; i < 40; i++) c.send('pose', { h: pose(i / 10, 1.6, 0) });
    await eventually(() => expect(room.clients.getById(c.sessionId)!.userData!.dropped).toBeGreaterThanOrEqual(40 - ROOM_LIMITS.pose.burst - 2));
    expect(c.connection.isOpen).toBe(true);
    await c.leave();
  });

  it('refuses advisor-only actions from customers (spotlight, laser, follow, cart, host) and allows them to advisors', async () => {
    const c = await h.joinPublic(camille);
    const a = await h.joinPublic(ines);
    const notices = inbox(c, 'notice');
    c.send('spotlight', { productId: 'sofa-oslo-3' });
    c.send('laser', { on: true, from: [0, 1, 0], to: [1, 1, 1] });
    c.send('follow', {});
    c.send('cart.add', { productId: 'sofa-oslo-3' });
    c.send('host', { action: 'end' });
    // Laser updates run at pose rate, so their refusals are silent; the other four are told.
    await eventually(() => expect(notices.filter((n) => n.code === 'forbidden').length).toBe(4));
    expect(c.state.spotlight.productId).toBe('');
    expect(c.state.lasers.size).toBe(0);

    const teleports = inbox(c, 'teleport');
    a.send('pose', { h: pose(0, 1.7, 0) });
    a.send('spotlight', { productId: 'sofa-oslo-3' });
    a.send('laser', { on: true, from: [0, 1.5, 0], to: [1, 0.5, -2], productId: 'sofa-oslo-3' });
    a.send('follow', {});
    await eventually(() => {
      expect(c.state.spotlight.productId).toBe('sofa-oslo-3');
      expect(c.state.spotlight.by).toBe(a.sessionId);
      expect(c.state.lasers.get(a.sessionId).tz).toBeCloseTo(-2, 2);
      expect(teleports).toHaveLength(1);
    });
    // Lands in front of the advisor (who faces -z), facing them.
    expect(teleports[0].z).toBeLessThan(-1);
    expect(Math.abs(teleports[0].yaw)).toBeCloseTo(Math.PI, 1);
    a.send('spotlight', { productId: 'no-such-product' });
    await new Promise((r) => setTimeout(r, 100));
    expect(c.state.spotlight.productId).toBe('sofa-oslo-3');
    await c.leave();
    await a.leave();
  });

  it('keeps chat short, clean and rate limited, with a history for late joiners', async () => {
    const c = await h.joinPublic(camille);
    const notices = inbox(c, 'notice');
    c.send('chat', { text: `  hello\u0000 there ${'x'.repeat(900)}` });
    for (let i = 0; i < 8; i++) c.send('chat', { text: `line ${i}` });
    await eventually(() => expect(notices.some((n) => n.code === 'rate_limited')).toBe(true));
    const late = await h.joinPublic(ines);
    await eventually(() => expect(late.state.chat.length).toBe(ROOM_LIMITS.chat.burst));
    const first = late.state.chat[0];
    expect(first.text.startsWith('hello there xxx')).toBe(true);
    expect([...first.text].length).toBe(ROOM_LIMITS.chat.maxChars);
    expect(first.role).toBe('customer');
    await c.leave();
    await late.leave();
  });

  it('relays WebRTC signalling to one addressed peer, and mute/speaking flags through the state', async () => {
    const c = await h.joinPublic(camille);
    const a = await h.joinPublic(ines);
    const got = inbox(a, 'rtc');
    c.send('rtc', { to: a.sessionId, signal: { kind: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' } });
    c.send('rtc', { to: a.sessionId, signal: { kind: 'ice', candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 } } });
    c.send('rtc', { to: 'nobody', signal: { kind: 'bye' } });
    c.send('rtc', { to: a.sessionId, signal: { kind: 'offer', sdp: 'x'.repeat(ROOM_LIMITS.rtc.maxSdpChars + 1) } });
    await eventually(() => expect(got).toHaveLength(2));
    expect(got[0]).toMatchObject({ from: c.sessionId, signal: { kind: 'offer' } });
    expect(got[1].signal.kind).toBe('ice');
    expect(c.state.participants.get(c.sessionId).muted).toBe(true);
    c.send('voice', { muted: false, speaking: true });
    await eventually(() => expect(a.state.participants.get(c.sessionId)).toMatchObject({ muted: false, speaking: true }));
    c.send('voice', { muted: true });
    await eventually(() => expect(a.state.participants.get(c.sessionId)).toMatchObject({ muted: true, speaking: false }));
    await c.leave();
    await a.leave();
  });

  it('keeps a dropped connection\'s seat and state for a reconnection', async () => {
    const c = await h.joinPublic(camille);
    const a = await h.joinPublic(ines);
    c.send('pose', { h: pose(5, 1.6, 5) });
    await eventually(() => expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(5, 2));
    const token = c.reconnectionToken;
    const room = serverRoom(c);
    // The network goes: the server sees an abnormal close.
    (room.clients.getById(c.sessionId)!.ref as unknown as { terminate(): void }).terminate();
    await eventually(() => expect(a.state.participants.get(c.sessionId).connected).toBe(false));
    const back = await new Client(h.t.url).reconnect(token);
    await back.waitForInitialState();
    expect(back.sessionId).toBe(c.sessionId);
    await eventually(() => expect(a.state.participants.get(c.sessionId)).toMatchObject({ connected: true, userId: camille.user!.id }));
    expect(back.state.participants.get(c.sessionId).head.x).toBeCloseTo(5, 2);
    back.send('pose', { h: pose(6, 1.6, 5) });
    await eventually(() => expect(a.state.participants.get(c.sessionId).head.x).toBeCloseTo(6, 2));
    await back.leave();
    await a.leave();
  });

  it('frees a dropped seat at once when the same person joins again (a reload), while another live device keeps its own', async () => {
    const c = await h.joinPublic(camille);
    // The reloaded page is gone: nothing comes back for the old seat.
    c.reconnection.enabled = false;
    const a = await h.joinPublic(ines);
    const room = serverRoom(c);
    (room.clients.getById(c.sessionId)!.ref as unknown as { terminate(): void }).terminate();
    await eventually(() => expect(a.state.participants.get(c.sessionId).connected).toBe(false));
    const reloaded = await h.joinPublic(camille);
    expect(reloaded.roomId).toBe(c.roomId);
    // Well before the reconnection window (20 s) would have closed.
    await eventually(() => expect(a.state.participants.has(c.sessionId)).toBe(false), 2000);
    const camilles = () => [...a.state.participants.values()].filter((p: { userId: string }) => p.userId === camille.user!.id);
    expect(camilles()).toHaveLength(1);
    expect(a.state.participants.get(reloaded.sessionId).connected).toBe(true);
    // A second device that is still connected is not a leftover: both stay.
    const tablet = await h.joinPublic(camille);
    await eventually(() => expect(camilles()).toHaveLength(2));
    expect(a.state.participants.has(reloaded.sessionId)).toBe(true);
    await tablet.leave();
    await reloaded.leave();
    await a.leave();
  });

  it('caps a public showroom at 50 and opens another one for the 51st visitor', async () => {
    const guest = await h.t.guest();
    const seats: SdkSeat[] = [];
    for (let i = 0; i < ROOM_LIMITS.publicCapacity + 1; i++) seats.push(await h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-bordeaux' }));
    const rooms = new Set(seats.map((s) => s.roomId));
    expect(rooms.size).toBe(2);
    expect(seats.filter((s) => s.roomId === seats[0]?.roomId)).toHaveLength(ROOM_LIMITS.publicCapacity);
    const other = await h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-paris' });
    expect(rooms.has(other.roomId)).toBe(false);
    await Promise.all([...seats, other].map((s) => s.leave()));
  }, 30_000);

  it('never lets a client open or pick a private session room through matchmaking', async () => {
    await expect(h.sdk().joinOrCreate(ROOM_NAME, { token: camille.token, session: 'anything' } as object)).rejects.toThrow(/private sessions/);
    await expect(h.sdk().create(ROOM_NAME, { token: camille.token, session: 'anything' } as object)).rejects.toThrow(/invalid method "create"/);
    expect(await matchMaker.query({ name: ROOM_NAME, private: true })).toHaveLength(0);
  });
});
