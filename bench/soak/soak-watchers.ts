import { Client } from '@colyseus/sdk';
import { ROOM_NAME } from '../../shared/room/protocol';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long, in ms, each cut client took to be served again, and whatever went wrong otherwise. */
export interface Reconnects { times: number[]; errors: string[]; cuts: number }

/**
 * A device following a cart's event stream through nginx until `until`: when its stream ends
 * (its process stopped), it opens another; the reconnect time runs from the cut to the first event
 * (the current cart) of the new stream, as a customer would see it.
 */
export async function followCartStream(baseUrl: string, cartId: string, token: string, until: number, out: Reconnects): Promise<void> {
  let cutAt: number | undefined;
  while (Date.now() < until) {
    try {
      const ctl = new AbortController();
      const stop = setTimeout(() => ctl.abort(), Math.max(0, until - Date.now()));
      const res = await fetch(`${baseUrl}/api/carts/${cartId}/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: ctl.signal });
      if (res.status !== 200 || !res.body) throw new Error(`stream answered ${res.status}`);
      const reader = res.body.getReader();
      let text = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += Buffer.from(value).toString('utf8');
        if (text.includes('event: cart') && cutAt !== undefined) {
          out.times.push(performance.now() - cutAt);
          cutAt = undefined;
        }
        if (text.length > 65_536) text = text.slice(-1024);
      }
      clearTimeout(stop);
    } catch (e) {
      if (Date.now() >= until) return;
      const msg = (e as Error).message;
      if (!/fetch failed|terminated|aborted|other side closed|ECONNRESET|answered 50[23]/i.test(msg)) out.errors.push(`stream: ${msg}`);
    }
    if (Date.now() >= until) return;
    if (cutAt === undefined) {
      cutAt = performance.now();
      out.cuts++;
    }
    await sleep(200);
  }
}

/**
 * A visitor in the showroom through nginx until `until`, moving 10 times a second; when its room
 * goes away (its process stopped) it joins again, and the reconnect time runs from the leave to
 * the new join. `onProcess` hears which process (1, 2) holds its room.
 */
export async function roamShowroom(baseUrl: string, token: string, until: number, out: Reconnects, onProcess: (n: number) => void = () => {}): Promise<void> {
  // The room's websocket path names the process holding it (`/rooms/<n>/...`, see vitrine.conf).
  const client = new Client(baseUrl, {
    urlBuilder: (url) => {
      const n = /\/rooms\/(\d+)\//.exec(url.pathname)?.[1];
      if (n) onProcess(Number(n));
      return url.toString();
    },
  });
  let t = 0;
  while (Date.now() < until) {
    let cutAt: number | undefined;
    try {
      const room = await client.joinOrCreate(ROOM_NAME, { token, storeId: 'store-lyon' });
      const left = new Promise<void>((resolve) => room.onLeave(() => resolve()));
      let gone = false;
      void left.then(() => {
        gone = true;
      });
      while (!gone && Date.now() < until) {
        t += 0.1;
        room.send('pose', { h: [Math.sin(t) * 3, 1.6, Math.cos(t) * 3, 0, 0, 0, 1] });
        await sleep(100);
      }
      if (!gone) {
        await room.leave(true).catch(() => {});
        return;
      }
      cutAt = performance.now();
      out.cuts++;
    } catch {
      // A join refused while a process stops: counted as a cut, and timed like one.
      if (Date.now() >= until) return;
      cutAt ??= performance.now();
      out.cuts++;
    }
    // Join again until it works (the matchmaker may still name the stopped process for a moment).
    for (;;) {
      if (Date.now() >= until) return;
      try {
        const probe = await client.joinOrCreate(ROOM_NAME, { token, storeId: 'store-lyon' });
        out.times.push(performance.now() - cutAt!);
        await probe.leave(true);
        break;
      } catch {
        await sleep(200);
      }
    }
  }
}
