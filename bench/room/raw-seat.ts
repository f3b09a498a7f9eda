import WebSocket from 'ws';
import { encode } from '@colyseus/schema';

const JOIN_ROOM = 10;
const ROOM_DATA = 13;

/** `[ROOM_DATA, "type"]`, the frame header the SDK writes before a msgpack payload. */
export function messageHeader(type: string): Buffer {
  const buf = Buffer.alloc(64);
  buf[0] = ROOM_DATA;
  const it = { offset: 1 };
  encode.string(buf, type, it);
  return buf.subarray(0, it.offset);
}

const POSE_HEADER = messageHeader('pose');

/**
 * MessagePack of a pose message (`{h, l?, r?}` of float64 arrays), written by hand so the load
 * generator needs nothing the app does not already depend on.
 */
export function packPose(p: Record<string, number[]>): Buffer {
  const entries = Object.entries(p);
  let size = 1;
  for (const [k, vs] of entries) size += 1 + k.length + 1 + vs.length * 9;
  const buf = Buffer.alloc(size);
  let o = 0;
  buf[o++] = 0x80 | entries.length;
  for (const [k, vs] of entries) {
    buf[o++] = 0xa0 | k.length;
    o += buf.write(k, o, 'ascii');
    buf[o++] = 0x90 | vs.length;
    for (const v of vs) {
      buf[o++] = 0xcb;
      buf.writeDoubleBE(v, o);
      o += 8;
    }
  }
  return buf;
}

export interface Reservation {
  sessionId: string;
  roomId: string;
  processId: string;
  publicAddress?: string;
}

/** A seat reservation through the HTTP matchmaker, as the SDK does it. */
export async function reserveSeat(base: string, method: 'joinById' | 'create', target: string, token: string): Promise<Reservation> {
  const res = await fetch(`${base}/matchmake/${method}/${target}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token }),
  });
  const body = await res.json();
  if (!res.ok || !body.sessionId) throw new Error(`seat reservation failed: ${res.status} ${JSON.stringify(body)}`);
  return body as Reservation;
}

/**
 * A simulated client that only sends: it joins with the raw protocol (one byte to acknowledge the
 * join) and counts the bytes it receives without decoding them, so the load generator stays
 * cheap and the figures are the server's.
 */
export class RawSeat {
  bytes = 0;
  messages = 0;
  closedWith?: number;

  private constructor(private readonly ws: WebSocket, readonly sessionId: string) {}

  static connect(base: string, r: Reservation): Promise<RawSeat> {
    const host = r.publicAddress ?? new URL(base).host;
    const ws = new WebSocket(`ws://${host}/${r.processId}/${r.roomId}?sessionId=${encodeURIComponent(r.sessionId)}`, { perMessageDeflate: false });
    const seat = new RawSeat(ws, r.sessionId);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('join timed out')), 10_000);
      ws.on('message', (data: Buffer) => {
        seat.bytes += data.length;
        seat.messages++;
        if (data[0] === JOIN_ROOM && seat.messages === 1) {
          ws.send(Buffer.from([JOIN_ROOM]));
          clearTimeout(timer);
          resolve(seat);
        }
      });
      ws.on('close', (code) => {
        seat.closedWith = code;
        clearTimeout(timer);
        reject(new Error(`closed during join: ${code}`));
      });
      ws.on('error', () => {});
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  sendPose(payload: Record<string, number[]>): void {
    if (this.open) this.ws.send(Buffer.concat([POSE_HEADER, packPose(payload)]));
  }

  close(): void {
    this.ws.close(4000);
  }
}
