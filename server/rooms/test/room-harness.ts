import '@colyseus/testing';
import { ColyseusTestServer } from '@colyseus/testing';
import { Client, type Room as SdkRoom } from '@colyseus/sdk';
import type { Server } from '@colyseus/core';
import { startTestServer, type TestServer } from '../../test-support/test-server';
import type { TestClient } from '../../test-support/test-client';
import { ROOM_NAME } from '../../../shared/room/protocol';

// Node 20 has no global WebSocket; Colyseus reconnection needs one.
globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

export type SdkSeat = SdkRoom<any, any>;

export interface RoomHarness {
  t: TestServer;
  /** @colyseus/testing on our own server (same port as the API); rooms are read through the matchmaker. */
  colyseus: ColyseusTestServer;
  sdk(): Client;
  /** Joins the public showroom of a store as this signed-in client. */
  joinPublic(who: TestClient, storeId?: string): Promise<SdkSeat>;
  /** Opens a private session's room through the API, then joins it by id. */
  joinSession(who: TestClient, sessionId: string, invite?: string): Promise<SdkSeat>;
  close(): Promise<void>;
}

export async function startRoomHarness(opts: { rateLimit?: boolean } = {}): Promise<RoomHarness> {
  const t = await startTestServer('embedded', opts);
  const port = Number(new URL(t.url).port);
  // ColyseusTestServer only reads the port from the server it wraps; the matchmaker is per process.
  const colyseus = new ColyseusTestServer({ port } as unknown as Server);
  const seats: SdkSeat[] = [];
  const track = (s: SdkSeat) => {
    seats.push(s);
    return s;
  };
  return {
    t,
    colyseus,
    sdk: () => new Client(t.url),
    async joinPublic(who, storeId = 'store-lyon') {
      return track(await new Client(t.url).joinOrCreate(ROOM_NAME, { token: who.token, storeId }));
    },
    async joinSession(who, sessionId, invite) {
      const r = await who.post(`/api/sessions/${sessionId}/room`, invite ? { invite } : {});
      if (r.status !== 200) throw new Error(`session room: ${r.status} ${JSON.stringify(r.body)}`);
      const seat = track(await new Client(t.url).joinById(r.body.roomId, { token: who.token }));
      await seat.waitForInitialState();
      return seat;
    },
    async close() {
      await Promise.allSettled(seats.map((s) => (s.connection?.isOpen ? s.leave() : undefined)));
      await t.close();
    },
  };
}

/** Polls until `check` passes (state sync is asynchronous by a patch or two). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Collects messages of one type sent to a client. */
export function inbox<T = any>(seat: SdkSeat, type: string): T[] {
  const got: T[] = [];
  seat.onMessage(type, (m: T) => got.push(m));
  return got;
}

export const pose = (x: number, y: number, z: number) => [x, y, z, 0, 0, 0, 1];
