import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { startRoomHarness, eventually, type RoomHarness } from './test/room-harness';
import { ROOM_NAME } from '../../shared/room/protocol';
import type { TestClient } from '../test-support/test-client';
import type { ShowroomRoom } from './showroom-room';

/** Who may open rooms, and how many: rate limits are on in this file. */
describe('room guards: known stores, a budget of new rooms per caller, private sessions, well-formed text', () => {
  let h: RoomHarness;
  let camille: TestClient;
  beforeAll(async () => {
    h = await startRoomHarness({ rateLimit: true });
    camille = await h.t.login('camille@vitrine.demo');
  }, 120_000);
  afterAll(() => h?.close());

  const showrooms = () => matchMaker.query({ name: ROOM_NAME });
  const matchmake = (method: string, body: string) =>
    fetch(`${h.t.url}/matchmake/${method}/${ROOM_NAME}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('refuses a storeId that is not a store of the catalogue, and opens no room for it', async () => {
    const guest = await h.t.guest();
    const before = (await showrooms()).length;
    for (const storeId of ['store-nowhere', `random-${Math.random()}`, 'wh-lyon']) {
      await expect(h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token, storeId })).rejects.toThrow(/no store/);
    }
    const raw = await matchmake('joinOrCreate', JSON.stringify({ token: guest.token, storeId: 'store-nowhere' }));
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: expect.stringMatching(/no store "store-nowhere"/) });
    expect((await showrooms()).length).toBe(before);
  });

  it('opens private sessions only in a store of the catalogue', async () => {
    const bad = await camille.post('/api/sessions', { kind: 'friends', storeId: 'store-nowhere' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: 'invalid', field: 'storeId' });
    const ok = await camille.post('/api/sessions', { kind: 'friends', storeId: 'store-paris' });
    expect(ok.status).toBe(201);
  });

  it('still seats a client that names no store in the default store, and one that names a store in its room', async () => {
    const guest = await h.t.guest();
    const anywhere = await h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token });
    await anywhere.waitForInitialState();
    expect(anywhere.state.storeId).toBe('store-lyon');
    const paris = await h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-paris' });
    await paris.waitForInitialState();
    expect(paris.state.storeId).toBe('store-paris');
    await anywhere.leave();
    await paris.leave();
  });

  it('does not offer `create`, which would open a new room on every call', async () => {
    const guest = await h.t.guest();
    const before = (await showrooms()).length;
    const r = await matchmake('create', JSON.stringify({ token: guest.token, storeId: 'store-lyon' }));
    expect(r.ok).toBe(false);
    expect((await showrooms()).length).toBe(before);
  });

  it('limits the rooms one caller opens per minute; others still open theirs', async () => {
    const guest = await h.t.guest();
    let opened = 0;
    let refusal: unknown;
    for (let i = 0; i < 8 && !refusal; i++) {
      // The store's room empties and closes after each visit, so the next join opens a fresh one.
      try {
        const seat = await h.sdk().joinOrCreate(ROOM_NAME, { token: guest.token, storeId: 'store-bordeaux' });
        opened++;
        const roomId = seat.roomId;
        await seat.leave();
        await eventually(async () => expect(await matchMaker.query({ roomId })).toHaveLength(0));
      } catch (e) {
        refusal = e;
      }
    }
    expect(opened).toBeGreaterThanOrEqual(1);
    expect(opened).toBeLessThan(8);
    expect(String((refusal as Error).message)).toMatch(/too many rooms opened/);
    expect((refusal as { code?: number }).code).toBe(429);
    // Someone else is not held back by it.
    const other = await h.sdk().joinOrCreate(ROOM_NAME, { token: (await h.t.guest()).token, storeId: 'store-bordeaux' });
    await other.waitForInitialState();
    expect(other.state.storeId).toBe('store-bordeaux');
    await other.leave();
  });

  it('opens no private session room from join options, even smuggled as __proto__', async () => {
    const made = await camille.post('/api/sessions', { kind: 'friends', title: 'Visit' });
    expect(made.status).toBe(201);
    const sessionId = made.body.id as string;
    const guest = await h.t.guest();
    for (const body of [
      `{"token":"${guest.token}","session":"${sessionId}"}`,
      `{"token":"${guest.token}","__proto__":{"session":"${sessionId}"}}`,
      `{"token":"${guest.token}","storeId":"store-lyon","__proto__":{"session":"${sessionId}"}}`,
    ]) {
      const r = await matchmake('joinOrCreate', body);
      expect(r.ok, body).toBe(false);
    }
    const rooms = await matchMaker.query({ name: ROOM_NAME, private: true });
    expect(rooms).toHaveLength(0);
    // The session's own door still works for its host.
    const seat = await h.joinSession(camille, sessionId);
    expect(seat.state.sessionId).toBe(sessionId);
    await seat.leave();
  });

  it('drops a room message carrying a lone surrogate, and keeps the sender', async () => {
    const c = await h.joinPublic(await h.t.guest(), 'store-paris');
    const room = h.colyseus.getRoomById<ShowroomRoom>(c.roomId);
    const client = room.clients.getById(c.sessionId)!;
    room.messages.chat(client, { text: 'bonjour \ud800' });
    room.messages.chat(client, { text: '\udc00' });
    expect(room.state.chat.length).toBe(0);
    expect(client.userData!.dropped).toBe(2);
    room.messages.chat(client, { text: 'bonjour 😀' });
    expect(room.state.chat.at(-1)?.text).toBe('bonjour 😀');
    expect(c.connection.isOpen).toBe(true);
    await c.leave();
  });
});
